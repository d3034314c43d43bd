import type { QueryClient } from '@tanstack/react-query';
import { authKeys } from '../../auth/api/auth-api';
import { unitKeys } from '../../hierarchy/api/units-api';
import { requestKeys, teamKeys } from '../../teams/api/teams-api';
import { userKeys } from '../../users/api/users-api';
import type { CdtSocket } from './socket';

function refetchEverythingShown(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: authKeys.me });
  void queryClient.invalidateQueries({ queryKey: unitKeys.all });
  void queryClient.invalidateQueries({ queryKey: userKeys.all });
  refetchTeams(queryClient);
}

/** Teams, rosters, reports and the approvals inbox all follow from the registry: refetch whatever is shown. */
function refetchTeams(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: teamKeys.all });
  void queryClient.invalidateQueries({ queryKey: requestKeys.all });
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
  const onTeamsChanged = () => refetchTeams(queryClient);

  socket.on('session:ready', onSessionReady);
  socket.on('access:changed', onAccessChanged);
  socket.on('units:changed', onUnitsChanged);
  socket.on('teams:changed', onTeamsChanged);
  return () => {
    socket.off('session:ready', onSessionReady);
    socket.off('access:changed', onAccessChanged);
    socket.off('units:changed', onUnitsChanged);
    socket.off('teams:changed', onTeamsChanged);
  };
}
