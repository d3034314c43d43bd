import type { TargetPreviewRequest } from '@cdt/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  assignmentKeys,
  fetchAssignment,
  fetchInbox,
  fetchMatrix,
  fetchTask,
  fetchTasks,
  previewTarget,
  taskKeys,
  type InboxParams,
  type MatrixParams,
  type TaskListParams,
} from '../api/tasks-api';

export function useTaskList(params: TaskListParams) {
  return useQuery({
    queryKey: taskKeys.list(params),
    queryFn: ({ signal }) => fetchTasks(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTask(id: string, enabled = true) {
  return useQuery({
    queryKey: taskKeys.detail(id),
    queryFn: ({ signal }) => fetchTask(id, signal),
    enabled,
  });
}

export function useTaskMatrix(id: string, params: MatrixParams, enabled = true) {
  return useQuery({
    queryKey: taskKeys.matrix(id, params),
    queryFn: ({ signal }) => fetchMatrix(id, params, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** The target picker's live count; null asks nothing (the target is not complete yet). */
export function useTargetPreview(request: TargetPreviewRequest | null) {
  return useQuery({
    queryKey: taskKeys.preview(request),
    queryFn: ({ signal }) => previewTarget(request!, signal),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });
}

export function useInbox(params: InboxParams = {}) {
  return useQuery({
    queryKey: assignmentKeys.inbox(params),
    queryFn: ({ signal }) => fetchInbox(params, signal),
  });
}

export function useAssignment(id: string) {
  return useQuery({
    queryKey: assignmentKeys.detail(id),
    queryFn: ({ signal }) => fetchAssignment(id, signal),
  });
}
