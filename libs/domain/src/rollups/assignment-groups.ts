import type { AssignmentState } from '../tasks/assignment';
import type { AssignmentBucket } from '../tasks/buckets';
import { emptyAssignmentFigures, withRates, type AssignmentFigures, type UnitRollup } from './figures';
import { ACK_LATENCY_BINS, combineAckLatency, emptyAckLatency, type AckLatency } from './latency';

/**
 * Assignments counted together by the database (same state, bucket and latency bin), so that a filtered
 * dashboard sums a few hundred groups instead of reading every assignment of the subtree.
 */
export interface AssignmentGroup {
  state: AssignmentState;
  bucket: AssignmentBucket;
  count: number;
  /** How many of them are completed below the task's per-team target (isBelowTarget). */
  belowTarget: number;
  /** latencyBin of the group's acknowledged assignments; null for those never acknowledged. */
  latencyBin: number | null;
  /** Sum of latencySeconds over the group (0 when latencyBin is null). */
  latencySeconds: number;
}

/** The assignment side of a figure set. */
export interface AssignmentPart {
  assignments: AssignmentFigures;
  ackLatency: AckLatency;
}

/** The same figures teamFigures gives for these assignments, from their groups. */
export function foldAssignmentGroups(groups: Iterable<AssignmentGroup>): AssignmentPart {
  const assignments = emptyAssignmentFigures();
  const histogram = new Array<number>(ACK_LATENCY_BINS).fill(0);
  let count = 0;
  let totalSeconds = 0;
  for (const group of groups) {
    assignments.total += group.count;
    assignments.byState[group.state] += group.count;
    assignments.byBucket[group.bucket] += group.count;
    assignments.belowTarget += group.belowTarget;
    if (group.latencyBin !== null) {
      histogram[group.latencyBin] = (histogram[group.latencyBin] ?? 0) + group.count;
      count += group.count;
      totalSeconds += group.latencySeconds;
    }
  }
  const partial = { count, totalSeconds, histogram, meanHours: null, medianHours: null };
  return { assignments, ackLatency: combineAckLatency(emptyAckLatency(), partial) };
}

/** A stored figure set (teams and members as they are) with its assignment side replaced by a filtered one. */
export function withAssignmentPart(base: UnitRollup, part: AssignmentPart, asOf: string): UnitRollup {
  return withRates({ ...base, asOf, assignments: part.assignments, ackLatency: part.ackLatency });
}
