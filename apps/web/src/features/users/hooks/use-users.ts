import type { CreateGrantRequest, UpdateUserRequest, UserDto } from '@cdt/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { authKeys } from '../../auth/api/auth-api';
import { addGrant, createUser, fetchUsers, revokeGrant, updateUser, userKeys } from '../api/users-api';

const LIST_LIMIT = 100;

export function useUsers(search: string) {
  const params = { search: search.trim() || undefined, limit: LIST_LIMIT };
  return useQuery({
    queryKey: userKeys.list(params),
    queryFn: ({ signal }) => fetchUsers(params, signal),
    placeholderData: keepPreviousData,
  });
}

/** After any change to a user: show the server's copy at once, then refetch the lists (and /me if it was us). */
function useApplyUserChange() {
  const queryClient = useQueryClient();
  return (user: UserDto) => {
    queryClient.setQueriesData<UserDto[]>({ queryKey: userKeys.all }, (list) =>
      list?.map((existing) => (existing.id === user.id ? user : existing)),
    );
    void queryClient.invalidateQueries({ queryKey: userKeys.all });
    const me = queryClient.getQueryData<UserDto>(authKeys.me);
    if (me?.id === user.id) void queryClient.invalidateQueries({ queryKey: authKeys.me });
  };
}

export function useCreateUser() {
  const applyChange = useApplyUserChange();
  return useMutation({ mutationFn: createUser, onSuccess: applyChange });
}

export function useUpdateUser() {
  const applyChange = useApplyUserChange();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserRequest }) => updateUser(id, body),
    onSuccess: applyChange,
  });
}

export function useAddGrant() {
  const applyChange = useApplyUserChange();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: CreateGrantRequest }) => addGrant(userId, body),
    onSuccess: applyChange,
  });
}

export function useRevokeGrant() {
  const applyChange = useApplyUserChange();
  return useMutation({
    mutationFn: ({ userId, grantId }: { userId: string; grantId: string }) => revokeGrant(userId, grantId),
    onSuccess: applyChange,
  });
}
