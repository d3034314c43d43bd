import type { AssignmentChangedPayload, AssignmentDto, TaskDetailDto, TaskMatrixDto } from '@cdt/domain';
import type { QueryClient } from '@tanstack/react-query';
import { assignmentKeys, taskKeys, type Page } from '../api/tasks-api';
import { collapseChanges, patchInbox, patchMatrix, patchTaskCounts, rowsByAssignment } from './live-patches';

/** Matrices, inbox pages and assignment pages with a batch of live changes applied; returns the tasks touched. */
export function applyAssignmentChanges(
  queryClient: QueryClient,
  batch: readonly AssignmentChangedPayload[],
): string[] {
  const changes = collapseChanges(batch);
  const taskIds = [...new Set(batch.map((change) => change.taskId))];
  for (const taskId of taskIds) {
    const matrices = queryClient.getQueriesData<TaskMatrixDto>({ queryKey: taskKeys.matrices(taskId) });
    const before = rowsByAssignment(matrices.map(([, matrix]) => matrix));
    queryClient.setQueryData<TaskDetailDto>(taskKeys.detail(taskId), (task) =>
      patchTaskCounts(task, before, changes),
    );
    queryClient.setQueriesData<TaskMatrixDto>({ queryKey: taskKeys.matrices(taskId) }, (matrix) =>
      patchMatrix(matrix, changes),
    );
  }
  queryClient.setQueriesData<Page<AssignmentDto>>({ queryKey: [...assignmentKeys.all, 'inbox'] }, (page) =>
    patchInbox(page, changes),
  );
  return taskIds;
}

/**
 * What a task's change means for what is shown: its page, its matrix pages (a team may have left the filtered
 * bucket, the total moved), the lists, the inbox and its timelines.
 */
export function refetchTasks(queryClient: QueryClient, taskIds: ReadonlySet<string>): void {
  for (const taskId of taskIds) {
    void queryClient.invalidateQueries({ queryKey: taskKeys.detail(taskId) });
    void queryClient.invalidateQueries({ queryKey: taskKeys.matrices(taskId) });
  }
  void queryClient.invalidateQueries({ queryKey: [...taskKeys.all, 'list'] });
  void queryClient.invalidateQueries({ queryKey: assignmentKeys.all });
}
