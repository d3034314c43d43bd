import { ROLLUP_METRIC_LABELS, metricValue, type RollupMetric, type UnitRollup } from '@cdt/domain';
import { formatCount, formatHours, formatRate, localized } from './format';
import { isRateMetric } from './links';

/** The columns of every dashboard table, in the order the government's forms list them. */
export const TABLE_METRICS: readonly RollupMetric[] = [
  'activeTeams',
  'compliantTeams',
  'members',
  'assignments',
  'doneOnTime',
  'doneLate',
  'openWithinDeadline',
  'openOverdue',
  'completionRate',
  'onTimeRate',
  'medianAckHours',
];

export function metricLabel(metric: RollupMetric, language: string): string {
  return localized(ROLLUP_METRIC_LABELS[metric], language);
}

export function metricText(figures: UnitRollup, metric: RollupMetric): string {
  const value = metricValue(figures, metric);
  if (isRateMetric(metric)) return formatRate(value);
  if (metric === 'meanAckHours' || metric === 'medianAckHours') return formatHours(value);
  return formatCount(value);
}
