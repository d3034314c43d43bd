import { canManageUsers } from '@cdt/domain';
import { useCurrentUser } from './current-user-context';

/** True when one of the user's grants lets them manage users (the server still checks each unit). */
export function useCanManageUsers(): boolean {
  return useCurrentUser().grants.some((grant) => canManageUsers(grant.role));
}
