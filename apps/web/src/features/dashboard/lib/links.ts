import { RATE_METRICS, type RollupMetric } from '@cdt/domain';
import type { DashboardFilters, DrillDownParams } from '../api/dashboard-api';
import { filterSearch } from '../hooks/use-dashboard-filters';

export function dashboardPath(unitId: string, filters: DashboardFilters): string {
  return `/dashboard/${encodeURIComponent(unitId)}${filterSearch(filters)}`;
}

/** A team's dashboard: the end of the drill-down, with the same filters. */
export function teamDashboardPath(teamId: string, filters: DashboardFilters): string {
  return `/dashboard/team/${encodeURIComponent(teamId)}${filterSearch(filters)}`;
}

export function listPath(
  unitId: string,
  filters: DashboardFilters,
  scope: Pick<DrillDownParams, 'bucket' | 'state' | 'teamId' | 'teamKind'> = {},
): string {
  return `/dashboard/${encodeURIComponent(unitId)}/list${filterSearch(filters, scope)}`;
}

/** Which assignments each task figure counts: its link opens exactly that list. */
const ASSIGNMENT_LISTS: Partial<Record<RollupMetric, Pick<DrillDownParams, 'bucket' | 'state'>>> = {
  assignments: {},
  doneOnTime: { bucket: 'done_on_time' },
  doneLate: { bucket: 'done_late' },
  openWithinDeadline: { bucket: 'open_within_deadline' },
  openOverdue: { bucket: 'open_overdue' },
  completionRate: { state: 'completed' },
  onTimeRate: { bucket: 'done_on_time' },
  meanAckHours: { state: 'acknowledged' },
  medianAckHours: { state: 'acknowledged' },
};

/**
 * The list behind a figure of a unit (or of one team): assignment figures open the drill-down list, team and
 * member figures the compliance view of the unit, which lists its teams.
 */
export function figureLink(
  metric: RollupMetric,
  unitId: string,
  filters: DashboardFilters,
  teamId?: string,
): string {
  const scope = ASSIGNMENT_LISTS[metric];
  if (scope) return listPath(unitId, filters, { ...scope, teamId });
  return teamId ? `/teams/${encodeURIComponent(teamId)}` : `/compliance?unitId=${encodeURIComponent(unitId)}`;
}

export const isRateMetric = (metric: RollupMetric) => RATE_METRICS.includes(metric);
