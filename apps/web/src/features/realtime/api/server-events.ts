import type {
  AssignmentChangedPayload,
  ChannelChangedDto,
  MessageDto,
  PollUpdateDto,
  ReadStateDto,
} from '@cdt/domain';
import type { QueryClient } from '@tanstack/react-query';
import { authKeys } from '../../auth/api/auth-api';
import { dashboardKeys, dashboardUnitOf } from '../../dashboard/api/dashboard-api';
import { channelKeys } from '../../channels/api/channels-api';
import { applyMessage, applyPollUpdate } from '../../channels/api/message-cache';
import { unitKeys } from '../../hierarchy/api/units-api';
import { assignmentKeys, taskKeys } from '../../tasks/api/tasks-api';
import { applyAssignmentChanges, refetchTasks } from '../../tasks/lib/live-cache';
import { requestKeys, teamKeys } from '../../teams/api/teams-api';
import { userKeys } from '../../users/api/users-api';
import { throttleBatch } from '../../../lib/throttle-batch';
import type { CdtSocket } from './socket';

/** Dashboards refetch at most this often while rollups change (a storm of updates must not freeze the page). */
const ROLLUP_REFRESH_MS = 1_500;
/** Matrix rows and inbox cards are patched at most this often; task figures and lists refetched less often. */
const ASSIGNMENT_PATCH_MS = 200;
const TASK_REFRESH_MS = 2_000;

function refetchEverythingShown(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: authKeys.me });
  void queryClient.invalidateQueries({ queryKey: unitKeys.all });
  void queryClient.invalidateQueries({ queryKey: userKeys.all });
  void queryClient.invalidateQueries({ queryKey: dashboardKeys.all });
  refetchTeams(queryClient);
  void queryClient.invalidateQueries({ queryKey: channelKeys.all });
  void queryClient.invalidateQueries({ queryKey: taskKeys.all });
  void queryClient.invalidateQueries({ queryKey: assignmentKeys.all });
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
  let myUserId: string | null = null;

  const onSessionReady = ({ userId }: { userId: string }) => {
    myUserId = userId;
    // A second ready means a reconnection: events sent while offline are lost, so refresh what is shown.
    if (sessions++ > 0) refetchEverythingShown(queryClient);
  };
  const onAccessChanged = () => refetchEverythingShown(queryClient);
  const onUnitsChanged = () => void queryClient.invalidateQueries({ queryKey: unitKeys.all });
  const onTeamsChanged = () => refetchTeams(queryClient);
  // dashboards: only the queries of the units whose figures changed, throttled.
  const dashboardRefresh = throttleBatch<string>(ROLLUP_REFRESH_MS, (unitIds) => {
    void queryClient.invalidateQueries({
      predicate: (query) => unitIds.has(dashboardUnitOf(query) ?? ''),
    });
  });
  const onRollupChanged = ({ unitIds }: { unitIds: string[] }) => dashboardRefresh.add(unitIds);

  // tasks: rows patched in place (a storm collapses to one patch per row), figures and lists refetched throttled.
  const taskRefresh = throttleBatch<string>(TASK_REFRESH_MS, (taskIds) => refetchTasks(queryClient, taskIds));
  const assignmentPatches = throttleBatch<AssignmentChangedPayload>(ASSIGNMENT_PATCH_MS, (batch) =>
    taskRefresh.add(applyAssignmentChanges(queryClient, [...batch])),
  );
  const onAssignmentChanged = (change: AssignmentChangedPayload) => assignmentPatches.add([change]);
  const onTaskPublished = ({ taskId }: { taskId: string }) => taskRefresh.add([taskId]);
  const onTaskChanged = ({ taskId }: { taskId: string }) => {
    void queryClient.invalidateQueries({ queryKey: taskKeys.matrices(taskId) });
    taskRefresh.add([taskId]);
  };

  // channels: messages merge into the open channel's pages; counters come from a refetch of the list.
  const refetchChannelList = () => void queryClient.invalidateQueries({ queryKey: channelKeys.list });
  const onMessageNew = (message: MessageDto) => {
    applyMessage(queryClient, message);
    refetchChannelList();
  };
  const onMessageUpdated = (message: MessageDto) => {
    applyMessage(queryClient, message);
    void queryClient.invalidateQueries({ queryKey: channelKeys.pins(message.channelId) });
  };
  const onPollUpdated = (update: PollUpdateDto) => applyPollUpdate(queryClient, update);
  const onChannelRead = (state: ReadStateDto) => {
    if (state.userId === myUserId) refetchChannelList();
    else void queryClient.invalidateQueries({ queryKey: channelKeys.seenAll });
  };
  const onChannelChanged = ({ channelId }: ChannelChangedDto) => {
    refetchChannelList();
    void queryClient.invalidateQueries({ queryKey: channelKeys.detail(channelId) });
    void queryClient.invalidateQueries({ queryKey: channelKeys.members(channelId) });
  };

  socket.on('session:ready', onSessionReady);
  socket.on('message:new', onMessageNew);
  socket.on('message:updated', onMessageUpdated);
  socket.on('poll:updated', onPollUpdated);
  socket.on('channel:read', onChannelRead);
  socket.on('channel:changed', onChannelChanged);
  socket.on('access:changed', onAccessChanged);
  socket.on('units:changed', onUnitsChanged);
  socket.on('teams:changed', onTeamsChanged);
  socket.on('rollup:changed', onRollupChanged);
  socket.on('assignment:changed', onAssignmentChanged);
  socket.on('task:published', onTaskPublished);
  socket.on('task:changed', onTaskChanged);
  return () => {
    socket.off('session:ready', onSessionReady);
    socket.off('message:new', onMessageNew);
    socket.off('message:updated', onMessageUpdated);
    socket.off('poll:updated', onPollUpdated);
    socket.off('channel:read', onChannelRead);
    socket.off('channel:changed', onChannelChanged);
    socket.off('access:changed', onAccessChanged);
    socket.off('units:changed', onUnitsChanged);
    socket.off('teams:changed', onTeamsChanged);
    socket.off('rollup:changed', onRollupChanged);
    socket.off('assignment:changed', onAssignmentChanged);
    socket.off('task:published', onTaskPublished);
    socket.off('task:changed', onTaskChanged);
    dashboardRefresh.cancel();
    assignmentPatches.cancel();
    taskRefresh.cancel();
  };
}
