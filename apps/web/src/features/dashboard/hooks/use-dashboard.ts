import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import {
  dashboardKeys,
  fetchDashboardMap,
  fetchDrillDown,
  fetchFilterTasks,
  fetchOverview,
  type DrillDownParams,
  type OverviewParams,
} from '../api/dashboard-api';

export function useOverview(unitId: string | null, params: OverviewParams) {
  return useQuery({
    queryKey: dashboardKeys.overview(unitId ?? '', params),
    queryFn: ({ signal }) => fetchOverview(unitId ?? '', params, signal),
    enabled: unitId !== null,
    // Keep the figures on screen while a new sort or filter loads, and while a live refresh runs.
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
