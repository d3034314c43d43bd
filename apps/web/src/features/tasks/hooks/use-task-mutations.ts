import type { CreateTaskRequest, TaskDetailDto, UpdateTaskRequest } from '@cdt/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  actOnAssignment,
  assignmentKeys,
  cancelTask,
  closeTask,
  createTask,
  nudgeTeams,
  publishTask,
  taskKeys,
  updateTask,
} from '../api/tasks-api';

/** Show the server's copy of the task at once, then refetch lists, matrices and inboxes. */
function useApplyTaskChange() {
  const queryClient = useQueryClient();
  return (task?: TaskDetailDto) => {
    if (task) queryClient.setQueryData(taskKeys.detail(task.id), task);
    void queryClient.invalidateQueries({ queryKey: taskKeys.all });
    void queryClient.invalidateQueries({ queryKey: assignmentKeys.all });
  };
}

/** Saves the draft: creates it the first time, patches it afterwards. */
export function useSaveDraft() {
  const apply = useApplyTaskChange();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CreateTaskRequest }) => {
      if (id === null) return createTask(body);
      const { issuerUnitId: _issuer, ...patch } = body;
      return updateTask(id, patch satisfies UpdateTaskRequest);
    },
    onSuccess: apply,
  });
}

export function usePublishTask() {
  const apply = useApplyTaskChange();
  return useMutation({ mutationFn: (id: string) => publishTask(id), onSuccess: apply });
}

export function useCancelTask(id: string) {
  const apply = useApplyTaskChange();
  return useMutation({ mutationFn: (reason: string) => cancelTask(id, reason), onSuccess: apply });
}

export function useCloseTask(id: string) {
  const apply = useApplyTaskChange();
  return useMutation({ mutationFn: (note?: string) => closeTask(id, note), onSuccess: apply });
}

export function useNudge(id: string) {
  const apply = useApplyTaskChange();
  return useMutation({
    mutationFn: (teamIds?: string[]) => nudgeTeams(id, teamIds),
    onSuccess: () => apply(),
  });
}

/** The issuer sends a finished (or declined) assignment back to the team, with the reason they will read. */
export function useReopenAssignment() {
  const apply = useApplyTaskChange();
  return useMutation({
    mutationFn: ({ assignmentId, reason }: { assignmentId: string; reason: string }) =>
      actOnAssignment(assignmentId, {
        clientActionId: crypto.randomUUID(),
        command: { type: 'reopen', reason },
      }),
    onSuccess: () => apply(),
  });
}

/** Edits a published task's open fields (the API reschedules its reminders when the deadline moves). */
export function useEditPublishedTask(id: string) {
  const apply = useApplyTaskChange();
  return useMutation({ mutationFn: (patch: UpdateTaskRequest) => updateTask(id, patch), onSuccess: apply });
}
