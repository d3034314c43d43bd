import { emptyRollup } from './figures';
import { metricValue, ROLLUP_METRICS } from './metrics';
import { dailySnapshotKey, trendSeries, type RollupSnapshot } from './snapshots';
import { assignment, NOW } from './spec-fixtures';
import { teamFigures } from './team-figures';

const team = { kind: 'village', status: 'active' } as const;
const withCompletion = (done: number, open: number) =>
  teamFigures({
    team,
    members: [],
    assignments: [
      ...Array.from({ length: done }, () => assignment('completed')),
      ...Array.from({ length: open }, () => assignment('in_progress')),
    ],
    now: NOW,
  });

describe('dailySnapshotKey', () => {
  it('uses the date in Vietnam (UTC+7), not the UTC date', () => {
    expect(dailySnapshotKey('u1', '2026-11-01T16:59:59.999Z')).toEqual({
      unitId: 'u1',
      date: '2026-11-01',
      key: 'rollup-snapshot.2026-11-01.u1',
    });
    expect(dailySnapshotKey('u1', '2026-11-01T17:00:00.000Z').date).toBe('2026-11-02');
    expect(dailySnapshotKey('u1', '2026-11-01T23:55:00+07:00').date).toBe('2026-11-01');
  });

  it('has no ":" so it can serve as a job id', () => {
    expect(dailySnapshotKey('u1', NOW).key).not.toContain(':');
  });
});

describe('trendSeries', () => {
  const snapshots: RollupSnapshot[] = [
    { date: '2026-11-03', figures: withCompletion(3, 1) },
    { date: '2026-11-01', figures: withCompletion(1, 3) },
    { date: '2026-11-04', figures: emptyRollup() },
  ];

  it('gives one point a day from the first to the last snapshot, with null for missing days', () => {
    expect(trendSeries(snapshots, 'completionRate')).toEqual({
      metric: 'completionRate',
      points: [
        { date: '2026-11-01', value: 0.25 },
        { date: '2026-11-02', value: null },
        { date: '2026-11-03', value: 0.75 },
        // A rate with nothing to rate is null too; a count is 0.
        { date: '2026-11-04', value: null },
      ],
    });
    expect(trendSeries(snapshots, 'assignments').points.map((p) => p.value)).toEqual([4, null, 4, 0]);
  });

  it('fills a requested range on both sides, across a month end', () => {
    const points = trendSeries(snapshots, 'assignments', { from: '2026-10-30', to: '2026-11-02' }).points;
    expect(points).toEqual([
      { date: '2026-10-30', value: null },
      { date: '2026-10-31', value: null },
      { date: '2026-11-01', value: 4 },
      { date: '2026-11-02', value: null },
    ]);
  });

  it('lets the later of two snapshots on one day win', () => {
    const twice = [...snapshots, { date: '2026-11-01', figures: withCompletion(4, 0) }];
    expect(trendSeries(twice, 'completionRate').points[0]).toEqual({ date: '2026-11-01', value: 1 });
  });

  it('is empty without snapshots or with a range running backwards', () => {
    expect(trendSeries([], 'teams')).toEqual({ metric: 'teams', points: [] });
    expect(trendSeries(snapshots, 'teams', { from: '2026-11-05', to: '2026-11-01' }).points).toEqual([]);
  });
});

describe('metricValue', () => {
  it('reads every metric from a figure set', () => {
    const figures = withCompletion(1, 1);
    const values = Object.fromEntries(ROLLUP_METRICS.map((m) => [m, metricValue(figures, m)]));
    expect(values).toEqual({
      completionRate: 0.5,
      onTimeRate: 0.5,
      assignments: 2,
      doneOnTime: 1,
      doneLate: 0,
      openWithinDeadline: 1,
      openOverdue: 0,
      teams: 1,
      activeTeams: 1,
      compliantTeams: 0,
      complianceRate: 0,
      members: 0,
      meanAckHours: 3,
      medianAckHours: figures.ackLatency.medianHours,
    });
    expect(metricValue(emptyRollup(), 'complianceRate')).toBeNull();
  });
});
