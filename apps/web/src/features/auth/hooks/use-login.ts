import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionFromTokens, sessionStore } from '../../../api/session-store';
import { authKeys, login } from '../api/auth-api';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (response) => {
      // Seed the user first so the first protected render does not wait for /me.
      queryClient.setQueryData(authKeys.me, response.user);
      sessionStore.set(sessionFromTokens(response));
    },
  });
}
