import type { UnitDto } from '../hierarchy/unit';
import type { GrantRole } from './roles';

export interface GrantDto {
  id: string;
  role: GrantRole;
  unit: UnitDto;
}

export interface UserDto {
  id: string;
  username: string;
  fullName: string;
  phone: string | null;
  disabled: boolean;
  grants: GrantDto[];
}

export interface LoginResponse {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: UserDto;
}

/** Claims of the short-lived access token. */
export interface AccessTokenClaims {
  sub: string;
  /** Session family id: logout or refresh reuse revokes the whole family. */
  sid: string;
}
