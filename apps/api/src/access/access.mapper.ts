import type { GrantDto, UserDto } from '@cdt/domain';
import type { GrantRow, UserRow } from './access.repository';

export function toGrantDto(g: GrantRow): GrantDto {
  return {
    id: g.id,
    role: g.role,
    unit: { id: g.unitId, code: g.unitCode, name: g.unitName, kind: g.unitKind, parentId: g.unitParentId },
  };
}

export function toUserDto(user: UserRow, grants: GrantRow[]): UserDto {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    phone: user.phone,
    disabled: user.disabled,
    grants: grants.filter((g) => g.userId === user.id).map(toGrantDto),
  };
}
