import {
  DASHBOARD_TABLE_METRICS,
  ROLLUP_METRIC_LABELS,
  metricValue,
  type RollupMetric,
  type UnitRollup,
} from '@cdt/domain';
import { formatCount, formatHours, formatRate, localized } from './format';
import { isRateMetric } from './links';

/** The columns of every dashboard table: those of the exported table (one order, the government forms'), less
 * the count of teams, which the screen leaves out. */
export const TABLE_METRICS: readonly RollupMetric[] = DASHBOARD_TABLE_METRICS.filter(
  (metric) => metric !== 'teams',
);

export function metricLabel(metric: RollupMetric, language: string): string {
  return localized(ROLLUP_METRIC_LABELS[metric], language);
}

export function metricText(figures: UnitRollup, metric: RollupMetric): string {
  const value = metricValue(figures, metric);
  if (isRateMetric(metric)) return formatRate(value);
  if (metric === 'meanAckHours' || metric === 'medianAckHours') return formatHours(value);
  return formatCount(value);
}
