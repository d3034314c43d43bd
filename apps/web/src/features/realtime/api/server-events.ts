import type { QueryClient } from '@tanstack/react-query';
import { authKeys } from '../../auth/api/auth-api';
import { unitKeys } from '../../hierarchy/api/units-api';
import { userKeys } from '../../users/api/users-api';
import type { CdtSocket } from './socket';

function refetchEverythingShown(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: authKeys.me });
  void queryClient.invalidateQueries({ queryKey: unitKeys.all });
  void queryClient.invalidateQueries({ queryKey: userKeys.all });
}

/**
 * The one place where server events touch the query cache. Returns the unsubscribe function.
 * Events carry ids, not data: the cache refetches what is on screen, through the same HTTP checks.
 */
export function bindServerEvents(socket: CdtSocket, queryClient: QueryClient): () => void {
  let sessions = 0;

  const onSessionReady = () => {
    // A second ready means a reconnection: events sent while offline are lost, so refresh what is shown.
    if (sessions++ > 0) refetchEverythingShown(queryClient);
  };
  const onAccessChanged = () => refetchEverythingShown(queryClient);
  const onUnitsChanged = () => void queryClient.invalidateQueries({ queryKey: unitKeys.all });

  socket.on('session:ready', onSessionReady);
  socket.on('access:changed', onAccessChanged);
  socket.on('units:changed', onUnitsChanged);
  return () => {
    socket.off('session:ready', onSessionReady);
    socket.off('access:changed', onAccessChanged);
    socket.off('units:changed', onUnitsChanged);
  };
}
