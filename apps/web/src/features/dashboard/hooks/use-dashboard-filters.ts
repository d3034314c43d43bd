import {
  ASSIGNMENT_BUCKETS,
  ASSIGNMENT_STATES,
  DASHBOARD_SORT_KEYS,
  SORT_ORDERS,
  TASK_CATEGORIES,
  TEAM_KINDS,
  type DashboardSortKey,
  type SortOrder,
} from '@cdt/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { DashboardFilters, DrillDownParams, OverviewParams } from '../api/dashboard-api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A search param kept only when it is one of the allowed values (a hand-edited URL must not break the page). */
function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}
const matching = (value: string | null, pattern: RegExp) =>
  value !== null && pattern.test(value) ? value : undefined;

function filtersFrom(params: URLSearchParams): DashboardFilters {
  return {
    taskId: matching(params.get('taskId'), UUID),
    category: oneOf(params.get('category'), TASK_CATEGORIES),
    from: matching(params.get('from'), DATE),
    to: matching(params.get('to'), DATE),
  };
}

/** Drops undefined values, so equal filters make equal query keys and clean URLs. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** The filters in the URL as a query string ("?taskId=…"), to carry them over to the next link. */
export function filterSearch(
  filters: DashboardFilters,
  extra: Record<string, string | undefined> = {},
): string {
  const params = new URLSearchParams(compact({ ...filters, ...extra }));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The overview's filters and sort order, read from and written to the URL's search params. */
export function useOverviewParams() {
  const [params, setParams] = useSearchParams();
  const overview = useMemo<OverviewParams>(
    () =>
      compact({
        ...filtersFrom(params),
        sort: oneOf<DashboardSortKey>(params.get('sort'), DASHBOARD_SORT_KEYS) ?? 'name',
        order: oneOf<SortOrder>(params.get('order'), SORT_ORDERS) ?? 'asc',
      }),
    [params],
  );

  const update = useCallback(
    (changes: Record<string, string | undefined>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  /** A click on a column: the same column flips the order; another sorts by it, numbers highest first. */
  const sortBy = (key: DashboardSortKey) => {
    const order: SortOrder =
      overview.sort === key ? (overview.order === 'asc' ? 'desc' : 'asc') : key === 'name' ? 'asc' : 'desc';
    update({ sort: key, order });
  };

  return { params: overview, filters: filtersFrom(params), update, sortBy };
}

/** The drill-down list's filters from the URL. */
export function useDrillDownParams(): DrillDownParams {
  const [params] = useSearchParams();
  return useMemo(
    () =>
      compact({
        ...filtersFrom(params),
        teamId: matching(params.get('teamId'), UUID),
        teamKind: oneOf(params.get('teamKind'), TEAM_KINDS),
        bucket: oneOf(params.get('bucket'), ASSIGNMENT_BUCKETS),
        state: oneOf(params.get('state'), ASSIGNMENT_STATES),
      }),
    [params],
  );
}
