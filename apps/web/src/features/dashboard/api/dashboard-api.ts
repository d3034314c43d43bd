import type {
  AssignmentBucket,
  AssignmentState,
  DashboardMapDto,
  DashboardOverviewDto,
  DashboardSortKey,
  DashboardTeamOverviewDto,
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
 * Every dashboard query starts with 'dashboard' and has the unit's id third (a team's page: the team's id), so
 * the live refresh can pick exactly the queries of the units whose rollups changed (dashboardUnitOf).
 */
export const dashboardKeys = {
  all: ['dashboard'] as const,
  overview: (unitId: string, params: OverviewParams) => ['dashboard', 'overview', unitId, params] as const,
  team: (teamId: string, filters: DashboardFilters) => ['dashboard', 'team', teamId, filters] as const,
  drillDown: (unitId: string, params: DrillDownParams) =>
    ['dashboard', 'drill-down', unitId, params] as const,
  drillPreview: (unitId: string, params: DrillDownParams) =>
    ['dashboard', 'drill-preview', unitId, params] as const,
  map: (unitId: string) => ['dashboard', 'map', unitId] as const,
  tasks: (unitId: string) => ['dashboard', 'tasks', unitId] as const,
};

/** The unit whose rollups a dashboard query shows (a team's page: the unit in its answer); null for others. */
export function dashboardUnitOf(query: {
  queryKey: readonly unknown[];
  state: { data: unknown };
}): string | null {
  const [scope, kind, id] = query.queryKey;
  if (scope !== 'dashboard') return null;
  // A team's page learns its unit from its first answer.
  if (kind === 'team') return (query.state.data as DashboardTeamOverviewDto | undefined)?.unit.id ?? null;
  return typeof id === 'string' ? id : null;
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

export function fetchTeamOverview(
  teamId: string,
  filters: DashboardFilters,
  signal?: AbortSignal,
): Promise<DashboardTeamOverviewDto> {
  return apiRequest<DashboardTeamOverviewDto>('/api/dashboard/team', {
    query: { teamId, ...filters },
    signal,
  });
}

export function fetchDrillDown(
  unitId: string,
  params: DrillDownParams,
  cursor: string | undefined,
  signal?: AbortSignal,
  limit = DASHBOARD_LIST_PAGE,
): Promise<DrillDownDto> {
  return apiRequest<DrillDownDto>('/api/dashboard/drill-down', {
    query: { unitId, ...params, cursor, limit },
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
