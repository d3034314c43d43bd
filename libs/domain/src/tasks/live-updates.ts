import { isBelowTarget, type Assignment, type AssignmentState } from './assignment';
import { bucketOf, type AssignmentBucket } from './buckets';

/** Server → client 'task:published': the task reached these teams (only the receiving room's teams, not the whole fan-out). */
export interface TaskPublishedPayload {
  taskId: string;
  teamIds: string[];
}

/** Server → client 'task:changed': the task's fields or status changed; clients refetch it. */
export interface TaskChangedPayload {
  taskId: string;
}

/** Server → client 'assignment:changed': one assignment moved; matrices and inboxes patch their row. */
export interface AssignmentChangedPayload {
  taskId: string;
  assignmentId: string;
  teamId: string;
  state: AssignmentState;
  /** The bucket at `at`; open buckets turn overdue with time alone, so clients recompute with bucketOf. */
  bucket: AssignmentBucket;
  progress: number | null;
  /** Completed below the task's target (flagged, not refused). */
  belowTarget: boolean;
  at: string;
  /** The offline action this change came from, so the sending client can settle its queue. */
  clientActionId: string | null;
}

export function assignmentChangedPayload(
  assignment: Assignment,
  dueAt: string,
  clientActionId: string | null = null,
): AssignmentChangedPayload {
  return {
    taskId: assignment.taskId,
    assignmentId: assignment.id,
    teamId: assignment.teamId,
    state: assignment.state,
    bucket: bucketOf(assignment, dueAt, assignment.lastChangedAt),
    progress: assignment.progress,
    belowTarget: isBelowTarget(assignment),
    at: assignment.lastChangedAt,
    clientActionId,
  };
}

interface PatchableRow {
  state: AssignmentState;
  bucket: AssignmentBucket;
  progress: number | null;
  lastChangedAt: string;
  belowTarget?: boolean;
}

/**
 * A cached row (matrix row, inbox card) with a live change applied. A change older than the row is ignored
 * (events can arrive after a fresher refetch); the same object comes back when nothing changes.
 */
export function patchWithAssignmentChange<T extends PatchableRow>(
  row: T,
  change: AssignmentChangedPayload,
): T {
  if (Date.parse(change.at) < Date.parse(row.lastChangedAt)) return row;
  if (
    row.state === change.state &&
    row.bucket === change.bucket &&
    row.progress === change.progress &&
    row.lastChangedAt === change.at &&
    (row.belowTarget === undefined || row.belowTarget === change.belowTarget)
  ) {
    return row;
  }
  const patched = {
    ...row,
    state: change.state,
    bucket: change.bucket,
    progress: change.progress,
    lastChangedAt: change.at,
  };
  return row.belowTarget === undefined ? patched : { ...patched, belowTarget: change.belowTarget };
}
