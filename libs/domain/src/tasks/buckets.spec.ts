import { bucketOf, emptyBucketCounts, isGovernmentBucket, summarizeBuckets } from './buckets';
import { DUE, hoursAfter } from './spec-fixtures';

const before = hoursAfter(DUE, -1);
const after = hoursAfter(DUE, 1);

describe('bucketOf', () => {
  it('puts completions on or before the due instant on time, later ones late, whatever `now` is', () => {
    expect(bucketOf({ state: 'completed', completedAt: before }, DUE, after)).toBe('done_on_time');
    expect(bucketOf({ state: 'completed', completedAt: DUE }, DUE, after)).toBe('done_on_time');
    expect(bucketOf({ state: 'completed', completedAt: after }, DUE, after)).toBe('done_late');
  });

  it('puts open assignments within the deadline until it passes, then overdue', () => {
    for (const state of ['assigned', 'acknowledged', 'in_progress'] as const) {
      expect(bucketOf({ state, completedAt: null }, DUE, before)).toBe('open_within_deadline');
      expect(bucketOf({ state, completedAt: null }, DUE, DUE)).toBe('open_within_deadline');
      expect(bucketOf({ state, completedAt: null }, DUE, after)).toBe('open_overdue');
    }
  });

  it('keeps declined and cancelled apart, and compares instants across offsets', () => {
    expect(bucketOf({ state: 'declined', completedAt: null }, DUE, after)).toBe('declined');
    expect(bucketOf({ state: 'cancelled', completedAt: null }, DUE, after)).toBe('cancelled');
    // 23:59 in Vietnam is 16:59Z: still on time.
    expect(bucketOf({ state: 'completed', completedAt: '2022-06-10T23:59:00+07:00' }, DUE, after)).toBe(
      'done_on_time',
    );
    expect(isGovernmentBucket('open_overdue')).toBe(true);
    expect(isGovernmentBucket('declined')).toBe(false);
  });
});

describe('summarizeBuckets', () => {
  it('counts each bucket, across tasks with different deadlines, and the on-time share of reported work', () => {
    const other = hoursAfter(DUE, 48);
    const summary = summarizeBuckets(
      [
        { state: 'completed', completedAt: before, dueAt: DUE },
        { state: 'completed', completedAt: after, dueAt: DUE },
        { state: 'completed', completedAt: after, dueAt: other },
        { state: 'in_progress', completedAt: null, dueAt: DUE },
        { state: 'assigned', completedAt: null, dueAt: other },
        { state: 'declined', completedAt: null, dueAt: DUE },
        { state: 'cancelled', completedAt: null, dueAt: DUE },
      ],
      after,
    );
    expect(summary).toEqual({
      counts: {
        done_on_time: 2,
        done_late: 1,
        open_within_deadline: 1,
        open_overdue: 1,
        declined: 1,
        cancelled: 1,
      },
      reported: 5,
      onTimeRate: 0.4,
    });
  });

  it('has no rate when nothing is reported', () => {
    expect(summarizeBuckets([], DUE)).toEqual({ counts: emptyBucketCounts(), reported: 0, onTimeRate: null });
  });
});
