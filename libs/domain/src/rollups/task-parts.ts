import { ASSIGNMENT_STATES, type AssignmentState } from '../tasks/assignment';
import type { AssignmentGroup, AssignmentPart } from './assignment-groups';
import { emptyAssignmentFigures } from './figures';
import { ACK_LATENCY_BINS, combineAckLatency, emptyAckLatency } from './latency';

/**
 * One task's assignments in one commune's subtree, counted so that any later instant can bucket them: a
 * finished assignment's bucket never changes, an open one's depends only on the task's deadline and the clock.
 */
export interface TaskPart {
  byState: Record<AssignmentState, number>;
  doneOnTime: number;
  doneLate: number;
  belowTarget: number;
  ackCount: number;
  ackSeconds: number;
  ackHistogram: number[];
}

export function emptyTaskPart(): TaskPart {
  return {
    byState: emptyAssignmentFigures().byState,
    doneOnTime: 0,
    doneLate: 0,
    belowTarget: 0,
    ackCount: 0,
    ackSeconds: 0,
    ackHistogram: new Array<number>(ACK_LATENCY_BINS).fill(0),
  };
}

/** A task's part from its assignments' groups (as counted at any instant: only finished buckets are kept). */
export function taskPartOf(groups: Iterable<AssignmentGroup>): TaskPart {
  const part = emptyTaskPart();
  for (const group of groups) {
    part.byState[group.state] += group.count;
    if (group.bucket === 'done_on_time') part.doneOnTime += group.count;
    if (group.bucket === 'done_late') part.doneLate += group.count;
    part.belowTarget += group.belowTarget;
    if (group.latencyBin !== null) {
      part.ackHistogram[group.latencyBin] = (part.ackHistogram[group.latencyBin] ?? 0) + group.count;
      part.ackCount += group.count;
      part.ackSeconds += group.latencySeconds;
    }
  }
  return part;
}

/** The figures of tasks' parts, each with whether its task's deadline has passed (open ones then count overdue). */
export function foldTaskParts(parts: Iterable<{ part: TaskPart; overdue: boolean }>): AssignmentPart {
  const assignments = emptyAssignmentFigures();
  const histogram = new Array<number>(ACK_LATENCY_BINS).fill(0);
  let count = 0;
  let totalSeconds = 0;
  for (const { part, overdue } of parts) {
    for (const state of ASSIGNMENT_STATES) {
      assignments.total += part.byState[state];
      assignments.byState[state] += part.byState[state];
    }
    const open = part.byState.assigned + part.byState.acknowledged + part.byState.in_progress;
    assignments.byBucket.done_on_time += part.doneOnTime;
    assignments.byBucket.done_late += part.doneLate;
    assignments.byBucket[overdue ? 'open_overdue' : 'open_within_deadline'] += open;
    assignments.byBucket.declined += part.byState.declined;
    assignments.byBucket.cancelled += part.byState.cancelled;
    assignments.belowTarget += part.belowTarget;
    part.ackHistogram.forEach((n, bin) => (histogram[bin] = (histogram[bin] ?? 0) + n));
    count += part.ackCount;
    totalSeconds += part.ackSeconds;
  }
  const partial = { count, totalSeconds, histogram, meanHours: null, medianHours: null };
  return { assignments, ackLatency: combineAckLatency(emptyAckLatency(), partial) };
}
