import type {
  AssignmentActionCommand,
  AssignmentActResult,
  AssignmentBucket,
  AssignmentDto,
  AssignmentState,
  CreateTaskRequest,
  NudgePlan,
  TargetPreviewRequest,
  TargetPreviewDto,
  TaskDetailDto,
  TaskDto,
  TaskMatrixDto,
  TaskStatus,
  TeamKind,
  UpdateTaskRequest,
} from '@cdt/domain';
import { apiRequest } from '../../../api/client';

/** A keyset page, as the API's lists answer. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface TaskListParams {
  status?: TaskStatus;
  q?: string;
  limit?: number;
}

/** The matrix's filters and page; the API filters and counts over every matching team. */
export interface MatrixParams {
  unitId?: string;
  bucket?: AssignmentBucket;
  teamKind?: TeamKind;
  /** Unit or commune name (diacritics-insensitive on the server). */
  q?: string;
  limit: number;
  offset: number;
}

export interface InboxParams {
  /** Omitted: the open ones (the API's default). */
  states?: AssignmentState[];
}

/** Every task query starts with 'tasks', every inbox query with 'assignments': one invalidation each. */
export const taskKeys = {
  all: ['tasks'] as const,
  list: (params: TaskListParams) => ['tasks', 'list', params] as const,
  detail: (id: string) => ['tasks', 'detail', id] as const,
  matrices: (id: string) => ['tasks', 'matrix', id] as const,
  matrix: (id: string, params: MatrixParams) => ['tasks', 'matrix', id, params] as const,
  preview: (request: TargetPreviewRequest | null) => ['tasks', 'preview', request] as const,
};

export const assignmentKeys = {
  all: ['assignments'] as const,
  inbox: (params: InboxParams) => ['assignments', 'inbox', params] as const,
  detail: (id: string) => ['assignments', 'detail', id] as const,
};

const taskPath = (id: string) => `/api/tasks/${encodeURIComponent(id)}`;
const assignmentPath = (id: string) => `/api/assignments/${encodeURIComponent(id)}`;

export function fetchTasks(params: TaskListParams, signal?: AbortSignal): Promise<Page<TaskDto>> {
  const { status, ...rest } = params;
  return apiRequest<Page<TaskDto>>('/api/tasks', { query: { ...rest, statuses: status }, signal });
}

export function fetchTask(id: string, signal?: AbortSignal): Promise<TaskDetailDto> {
  return apiRequest<TaskDetailDto>(taskPath(id), { signal });
}

export function fetchMatrix(id: string, params: MatrixParams, signal?: AbortSignal): Promise<TaskMatrixDto> {
  return apiRequest<TaskMatrixDto>(`${taskPath(id)}/matrix`, {
    query: {
      unitId: params.unitId,
      buckets: params.bucket,
      teamKind: params.teamKind,
      q: params.q,
      limit: params.limit,
      offset: params.offset,
    },
    signal,
  });
}

export function previewTarget(body: TargetPreviewRequest, signal?: AbortSignal): Promise<TargetPreviewDto> {
  return apiRequest<TargetPreviewDto>('/api/tasks/target-preview', { method: 'POST', body, signal });
}

export function createTask(body: CreateTaskRequest): Promise<TaskDetailDto> {
  return apiRequest<TaskDetailDto>('/api/tasks', { method: 'POST', body });
}

export function updateTask(id: string, body: UpdateTaskRequest): Promise<TaskDetailDto> {
  return apiRequest<TaskDetailDto>(taskPath(id), { method: 'PATCH', body });
}

export function publishTask(id: string): Promise<TaskDetailDto> {
  return apiRequest<TaskDetailDto>(`${taskPath(id)}/publish`, { method: 'POST', body: {} });
}

export function cancelTask(id: string, reason: string): Promise<TaskDetailDto> {
  return apiRequest<TaskDetailDto>(`${taskPath(id)}/cancel`, { method: 'POST', body: { reason } });
}

export function closeTask(id: string, note?: string): Promise<TaskDetailDto> {
  return apiRequest<TaskDetailDto>(`${taskPath(id)}/close`, { method: 'POST', body: { note } });
}

export function nudgeTeams(id: string, teamIds?: string[]): Promise<NudgePlan> {
  return apiRequest<NudgePlan>(`${taskPath(id)}/nudge`, { method: 'POST', body: { teamIds } });
}

export function fetchInbox(params: InboxParams, signal?: AbortSignal): Promise<Page<AssignmentDto>> {
  // Repeated `states=` keys: the client's query builder takes one value per key, so build the string here.
  const search = new URLSearchParams({ limit: '200' });
  for (const state of params.states ?? []) search.append('states', state);
  return apiRequest<Page<AssignmentDto>>(`/api/assignments?${search.toString()}`, { signal });
}

export function fetchAssignment(id: string, signal?: AbortSignal): Promise<AssignmentDto> {
  return apiRequest<AssignmentDto>(assignmentPath(id), { signal });
}

/** Every action goes through the generic form, with the offline queue's idempotency key. */
export interface ActBody {
  clientActionId: string;
  command: AssignmentActionCommand;
  actedAt?: string;
}

export function actOnAssignment(id: string, body: ActBody): Promise<AssignmentActResult> {
  return apiRequest<AssignmentActResult>(`${assignmentPath(id)}/act`, { method: 'POST', body });
}
