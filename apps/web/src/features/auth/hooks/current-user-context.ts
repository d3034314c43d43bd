import type { UserDto } from '@cdt/domain';
import { createContext, useContext } from 'react';

/** Provided by RequireAuth once /api/auth/me has answered, so pages below never see a missing user. */
export const CurrentUserContext = createContext<UserDto | null>(null);

export function useCurrentUser(): UserDto {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used below RequireAuth');
  return user;
}
