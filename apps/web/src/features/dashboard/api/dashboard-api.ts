import type {
  AssignmentBucket,
  AssignmentState,
  DashboardMapDto,
  DashboardOverviewDto,
  DashboardSortKey,
  DrillDownDto,
  ExportFormat,
  SortOrder,
  TaskCategory,
  TaskDto,
  TeamKind,
} from '@cdt/domain';
import { apiRequest } from '../../../api/client';

/** The filters every dashboard view shares (all optional; the URL's search params hold them). */
export interface DashboardFilters {
  taskId?: string;
  category?: TaskCategory;
  from?: string;
  to?: string;
}

export interface OverviewParams extends DashboardFilters {
  sort: DashboardSortKey;
  order: SortOrder;
}

/** What one drill-down list shows (without paging). */
export interface DrillDownParams extends DashboardFilters {
  teamId?: string;
  teamKind?: TeamKind;
  bucket?: AssignmentBucket;
  state?: AssignmentState;
}

/**
 * Every dashboard query starts with 'dashboard' and has the unit's id third, so the live refresh can pick
 * exactly the queries of the units whose rollups changed.
 */
export const dashboardKeys = {
  all: ['dashboard'] as const,
  overview: (unitId: string, params: OverviewParams) => ['dashboard', 'overview', unitId, params] as const,
  drillDown: (unitId: string, params: DrillDownParams) =>
    ['dashboard', 'drill-down', unitId, params] as const,
  map: (unitId: string) => ['dashboard', 'map', unitId] as const,
  tasks: (unitId: string) => ['dashboard', 'tasks', unitId] as const,
};

/** The unit id a dashboard query key is about (third element), or null for another key. */
export function unitIdOfDashboardKey(key: readonly unknown[]): string | null {
  return key[0] === 'dashboard' && typeof key[2] === 'string' ? key[2] : null;
}

const DASHBOARD_LIST_PAGE = 50;

export function fetchOverview(
  unitId: string,
  params: OverviewParams,
  signal?: AbortSignal,
): Promise<DashboardOverviewDto> {
  return apiRequest<DashboardOverviewDto>('/api/dashboard/overview', {
    query: { unitId, ...params },
    signal,
  });
}

export function fetchDrillDown(
  unitId: string,
  params: DrillDownParams,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<DrillDownDto> {
  return apiRequest<DrillDownDto>('/api/dashboard/drill-down', {
    query: { unitId, ...params, cursor, limit: DASHBOARD_LIST_PAGE },
    signal,
  });
}

export function fetchDashboardMap(unitId: string, signal?: AbortSignal): Promise<DashboardMapDto> {
  return apiRequest<DashboardMapDto>('/api/dashboard/map', { query: { unitId }, signal });
}

/** The overview's table as a file, fetched with the session's token (a plain link would carry none). */
export function fetchOverviewExport(
  unitId: string,
  params: OverviewParams,
  format: ExportFormat,
): Promise<Blob> {
  return apiRequest<Blob>(`/api/dashboard/overview.${format}`, {
    query: { unitId, ...params },
    responseType: 'blob',
  });
}

/** A task the filter can pick: those with assignments in the unit's subtree, latest first. */
export type FilterTask = Pick<TaskDto, 'id' | 'title' | 'category' | 'dueAt'>;

const FILTER_TASK_LIMIT = 200;

export async function fetchFilterTasks(unitId: string, signal?: AbortSignal): Promise<FilterTask[]> {
  const page = await apiRequest<{ items: FilterTask[] }>('/api/tasks', {
    query: { unitId, limit: FILTER_TASK_LIMIT },
    signal,
  });
  return page.items;
}
