import { addCalendarDays } from '../tasks/vietnam-time';
import { vietnamDateOf, type CalendarDate } from '../teams/calendar';
import type { UnitRollup } from './figures';
import { metricValue, type RollupMetric } from './metrics';

/** The nightly snapshot runs late in the Vietnamese day, so each day's snapshot shows how that day ended. */
export const SNAPSHOT_CRON = '55 23 * * *';
export const SNAPSHOT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface DailySnapshotKey {
  unitId: string;
  /** The Vietnamese date (UTC+7) of the instant the figures were taken at. */
  date: CalendarDate;
  /** "rollup-snapshot.<date>.<unitId>": one per unit and day, so a rerun overwrites (no ':' for job ids). */
  key: string;
}

export function dailySnapshotKey(unitId: string, at: string): DailySnapshotKey {
  const date = vietnamDateOf(at);
  return { unitId, date, key: `rollup-snapshot.${date}.${unitId}` };
}

export interface RollupSnapshot {
  date: CalendarDate;
  figures: UnitRollup;
}

export interface TrendPoint {
  date: CalendarDate;
  /** Null on a day without a snapshot, or when the metric is undefined (a rate with nothing to rate). */
  value: number | null;
}

export interface TrendSeries {
  metric: RollupMetric;
  points: TrendPoint[];
}

/**
 * One point per day from `from` to `to` (default: the first and last snapshot), gaps filled with nulls so a
 * chart shows the gap instead of drawing across it. Of two snapshots on one day the later in the list wins.
 */
export function trendSeries(
  snapshots: readonly RollupSnapshot[],
  metric: RollupMetric,
  range: { from?: CalendarDate; to?: CalendarDate } = {},
): TrendSeries {
  const byDate = new Map(snapshots.map((snapshot) => [snapshot.date, snapshot.figures]));
  const dates = [...byDate.keys()].sort();
  const from = range.from ?? dates[0];
  const to = range.to ?? dates[dates.length - 1];
  const points: TrendPoint[] = [];
  if (from === undefined || to === undefined) return { metric, points };
  for (let date = from; date <= to; date = addCalendarDays(date, 1)) {
    const figures = byDate.get(date);
    points.push({ date, value: figures ? metricValue(figures, metric) : null });
  }
  return { metric, points };
}
