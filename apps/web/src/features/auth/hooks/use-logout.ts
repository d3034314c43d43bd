import { useMutation } from '@tanstack/react-query';
import { sessionStore } from '../../../api/session-store';
import { logout } from '../api/auth-api';

/** Revokes the session on the server when reachable; signs out locally in every case. */
export function useLogout() {
  return useMutation({
    mutationFn: async () => {
      const session = sessionStore.get();
      try {
        if (session) await logout(session.refreshToken);
      } catch {
        // Offline or already revoked: the local sign-out below is what the user asked for.
      } finally {
        sessionStore.clear();
      }
    },
  });
}
