import type { UnitRollup } from './figures';

/** Figures a dashboard can chart, sort by or trend; each reads one number (or null) from a figure set. */
export const ROLLUP_METRICS = [
  'completionRate',
  'onTimeRate',
  'assignments',
  'doneOnTime',
  'doneLate',
  'openWithinDeadline',
  'openOverdue',
  'teams',
  'activeTeams',
  'compliantTeams',
  'complianceRate',
  'members',
  'meanAckHours',
  'medianAckHours',
] as const;
export type RollupMetric = (typeof ROLLUP_METRICS)[number];

const READERS: Record<RollupMetric, (figures: UnitRollup) => number | null> = {
  completionRate: (f) => f.completionRate,
  onTimeRate: (f) => f.onTimeRate,
  assignments: (f) => f.assignments.total,
  doneOnTime: (f) => f.assignments.byBucket.done_on_time,
  doneLate: (f) => f.assignments.byBucket.done_late,
  openWithinDeadline: (f) => f.assignments.byBucket.open_within_deadline,
  openOverdue: (f) => f.assignments.byBucket.open_overdue,
  teams: (f) => f.teams.total,
  activeTeams: (f) => f.teams.active,
  compliantTeams: (f) => f.teams.compliant,
  complianceRate: (f) => (f.teams.active === 0 ? null : f.teams.compliant / f.teams.active),
  members: (f) => f.members.core,
  meanAckHours: (f) => f.ackLatency.meanHours,
  medianAckHours: (f) => f.ackLatency.medianHours,
};

/** Metrics that are shares (0–1): charts and tables show them as percentages. */
export const RATE_METRICS: readonly RollupMetric[] = ['completionRate', 'onTimeRate', 'complianceRate'];

export function metricValue(figures: UnitRollup, metric: RollupMetric): number | null {
  return READERS[metric](figures);
}
