import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import {
  dashboardKeys,
  fetchDashboardMap,
  fetchDrillDown,
  fetchFilterTasks,
  fetchOverview,
  fetchTeamOverview,
  type DashboardFilters,
  type DrillDownParams,
  type OverviewParams,
} from '../api/dashboard-api';

/** Assignments a team's dashboard lists before its link to the full list. */
export const TEAM_LIST_PREVIEW = 10;

export function useOverview(unitId: string | null, params: OverviewParams) {
  return useQuery({
    queryKey: dashboardKeys.overview(unitId ?? '', params),
    queryFn: ({ signal }) => fetchOverview(unitId ?? '', params, signal),
    enabled: unitId !== null,
    // Keep the figures on screen while a new sort or filter loads, and while a live refresh runs.
    placeholderData: keepPreviousData,
  });
}

/** One team's dashboard; 'rollup:changed' of the unit in its answer refreshes it (dashboardUnitOf). */
export function useTeamOverview(teamId: string, filters: DashboardFilters) {
  return useQuery({
    queryKey: dashboardKeys.team(teamId, filters),
    queryFn: ({ signal }) => fetchTeamOverview(teamId, filters, signal),
    placeholderData: keepPreviousData,
  });
}

/** The first assignments of a list (a team's dashboard shows them above the link to the full list). */
export function useDrillDownPreview(unitId: string | null, params: DrillDownParams) {
  return useQuery({
    queryKey: dashboardKeys.drillPreview(unitId ?? '', params),
    queryFn: ({ signal }) => fetchDrillDown(unitId ?? '', params, undefined, signal, TEAM_LIST_PREVIEW),
    enabled: unitId !== null,
    placeholderData: keepPreviousData,
  });
}

export function useDashboardMap(unitId: string | null) {
  return useQuery({
    queryKey: dashboardKeys.map(unitId ?? ''),
    queryFn: ({ signal }) => fetchDashboardMap(unitId ?? '', signal),
    enabled: unitId !== null,
    // Boundaries are operator data, imported rarely.
    staleTime: 10 * 60_000,
  });
}

export function useDrillDown(unitId: string, params: DrillDownParams) {
  return useInfiniteQuery({
    queryKey: dashboardKeys.drillDown(unitId, params),
    queryFn: ({ signal, pageParam }) => fetchDrillDown(unitId, params, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useFilterTasks(unitId: string | null) {
  return useQuery({
    queryKey: dashboardKeys.tasks(unitId ?? ''),
    queryFn: ({ signal }) => fetchFilterTasks(unitId ?? '', signal),
    enabled: unitId !== null,
    staleTime: 60_000,
  });
}
