import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { sessionStore } from '../../../api/session-store';

/** Drops every cached query when the session ends, so the next user never sees the previous one's data. */
export function useClearCacheOnSignOut(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      sessionStore.subscribe(() => {
        if (sessionStore.get() === null) queryClient.clear();
      }),
    [queryClient],
  );
}
