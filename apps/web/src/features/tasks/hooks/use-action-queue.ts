import {
  overlayQueuedActions,
  type ErrorCode,
  queuedActionOutcome,
  type AssignmentActionCommand,
  type AssignmentDto,
  type QueuedAssignmentAction,
} from '@cdt/domain';
import { notifications } from '@mantine/notifications';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { isApiError, NETWORK_ERROR } from '../../../api/api-error';
import { useErrorText } from '../../../lib/use-error-text';
import { useCurrentUser } from '../../auth/hooks/current-user-context';
import { actOnAssignment, assignmentKeys, taskKeys, type Page } from '../api/tasks-api';
import { actionQueueOf } from '../lib/action-queue';

/** How often a non-empty queue tries again when no 'online' event comes (a captive portal, a flaky link). */
const RETRY_MS = 10_000;

export function useQueuedActions(): readonly QueuedAssignmentAction[] {
  const queue = actionQueueOf(useCurrentUser().id);
  return useSyncExternalStore(queue.subscribe, queue.snapshot);
}

/** Taps go to the queue first (persisted), then out: the same path online and offline. */
export function useEnqueueAction(): (assignmentId: string, command: AssignmentActionCommand) => void {
  const queue = actionQueueOf(useCurrentUser().id);
  return useCallback((assignmentId, command) => void queue.add(assignmentId, command), [queue]);
}

/** The card as it will be once this device's waiting actions land, and whether any are waiting. */
export function useWithQueuedActions(assignment: AssignmentDto) {
  const actions = useQueuedActions();
  const { id } = useCurrentUser();
  return overlayQueuedActions(assignment, actions, id);
}

function storeConfirmed(queryClient: QueryClient, assignment: AssignmentDto): void {
  queryClient.setQueryData(assignmentKeys.detail(assignment.id), (old?: AssignmentDto) =>
    old ? { ...assignment, timeline: old.timeline } : assignment,
  );
  queryClient.setQueriesData<Page<AssignmentDto>>({ queryKey: assignmentKeys.all }, (page) =>
    page?.items ? { ...page, items: page.items.map((a) => (a.id === assignment.id ? assignment : a)) } : page,
  );
  void queryClient.invalidateQueries({ queryKey: assignmentKeys.detail(assignment.id) });
  void queryClient.invalidateQueries({ queryKey: taskKeys.all });
}

/**
 * Sends the queue in order whenever there is a chance: on mount, on a new tap, back online, and on a timer.
 * Mounted once for the signed-in app (in the navigation), so taps made on any page are delivered.
 */
export function useActionQueueSender(): void {
  const queue = actionQueueOf(useCurrentUser().id);
  const actions = useQueuedActions();
  const queryClient = useQueryClient();
  const errorText = useErrorText();

  const flush = useCallback(async () => {
    if (!navigator.onLine || !queue.claimSending()) return;
    try {
      // The head each time round: taps made while sending join the same run.
      for (let action = queue.snapshot()[0]; action; action = queue.snapshot()[0]) {
        const body = {
          clientActionId: action.clientActionId,
          command: action.command,
          actedAt: action.queuedAt,
        };
        try {
          const result = await actOnAssignment(action.assignmentId, body);
          queue.settle(action.clientActionId);
          storeConfirmed(queryClient, result.assignment);
        } catch (error) {
          // No answer at all (offline, gateway down) is a retry; an answer is judged by its code.
          const answer =
            isApiError(error) && error.code !== NETWORK_ERROR
              ? { ok: false as const, error: { code: error.code as ErrorCode } }
              : null;
          // Later actions may depend on this one: keep the order and try again later.
          if (queuedActionOutcome(answer) === 'retry') return;
          queue.settle(action.clientActionId);
          notifications.show({ color: 'red', message: errorText(error) });
          void queryClient.invalidateQueries({ queryKey: assignmentKeys.all });
        }
      }
    } finally {
      queue.releaseSending();
    }
  }, [queue, queryClient, errorText]);

  useEffect(() => {
    if (actions.length > 0) void flush();
  }, [actions, flush]);

  useEffect(() => {
    const onOnline = () => void flush();
    window.addEventListener('online', onOnline);
    const timer = window.setInterval(() => {
      if (queue.snapshot().length > 0) void flush();
    }, RETRY_MS);
    return () => {
      window.removeEventListener('online', onOnline);
      window.clearInterval(timer);
    };
  }, [flush, queue]);
}
