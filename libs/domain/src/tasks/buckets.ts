import type { Assignment } from './assignment';

/** Status buckets as government reports count them (hoàn thành đúng hạn / trễ hạn, đang thực hiện trong / quá hạn). */
export const GOVERNMENT_BUCKETS = [
  'done_on_time',
  'done_late',
  'open_within_deadline',
  'open_overdue',
] as const;
export type GovernmentBucket = (typeof GOVERNMENT_BUCKETS)[number];

/** Declined and cancelled assignments sit outside the four reported buckets, in buckets of their own. */
export const ASSIGNMENT_BUCKETS = [...GOVERNMENT_BUCKETS, 'declined', 'cancelled'] as const;
export type AssignmentBucket = (typeof ASSIGNMENT_BUCKETS)[number];

export type BucketInput = Pick<Assignment, 'state' | 'completedAt'>;

/** Whether a deadline has passed at `now`: an open assignment is overdue from then on. */
export function isPastDeadline(dueAt: string, now: string): boolean {
  return Date.parse(now) > Date.parse(dueAt);
}

/**
 * The bucket of an assignment at `now`: completed on or before the due instant is on time; open is overdue once
 * `now` is past the due instant. Timestamps are compared as instants, so any ISO offset works.
 */
export function bucketOf(assignment: BucketInput, dueAt: string, now: string): AssignmentBucket {
  const due = Date.parse(dueAt);
  switch (assignment.state) {
    case 'completed':
      return Date.parse(assignment.completedAt ?? now) <= due ? 'done_on_time' : 'done_late';
    case 'declined':
    case 'cancelled':
      return assignment.state;
    default:
      return isPastDeadline(dueAt, now) ? 'open_overdue' : 'open_within_deadline';
  }
}

export function isGovernmentBucket(bucket: AssignmentBucket): bucket is GovernmentBucket {
  return (GOVERNMENT_BUCKETS as readonly AssignmentBucket[]).includes(bucket);
}

export interface BucketSummary {
  counts: Record<AssignmentBucket, number>;
  /** Assignments in the four reported buckets (declined and cancelled left out). */
  reported: number;
  /** Share of reported assignments done on time, 0–1; null when nothing is reported. */
  onTimeRate: number | null;
}

export function emptyBucketCounts(): Record<AssignmentBucket, number> {
  return {
    done_on_time: 0,
    done_late: 0,
    open_within_deadline: 0,
    open_overdue: 0,
    declined: 0,
    cancelled: 0,
  };
}

/** Counts per bucket; each assignment brings its task's due instant, so one summary can span many tasks. */
export function summarizeBuckets(
  assignments: readonly (BucketInput & { dueAt: string })[],
  now: string,
): BucketSummary {
  const counts = emptyBucketCounts();
  for (const assignment of assignments) counts[bucketOf(assignment, assignment.dueAt, now)] += 1;
  const reported = GOVERNMENT_BUCKETS.reduce((sum, bucket) => sum + counts[bucket], 0);
  return { counts, reported, onTimeRate: reported === 0 ? null : counts.done_on_time / reported };
}
