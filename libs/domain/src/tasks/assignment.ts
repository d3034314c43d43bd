/**
 * One team's share of a task. assigned → acknowledged ("đã nhận") → in_progress → completed; declined
 * ("không thực hiện được") with a reason; cancelled when the task is cancelled.
 */
export const ASSIGNMENT_STATES = [
  'assigned',
  'acknowledged',
  'in_progress',
  'completed',
  'declined',
  'cancelled',
] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

/** States in which the team still owes work: reminders, nudges and "open" buckets concern these. */
export const OPEN_ASSIGNMENT_STATES = [
  'assigned',
  'acknowledged',
  'in_progress',
] as const satisfies readonly AssignmentState[];
export type OpenAssignmentState = (typeof OPEN_ASSIGNMENT_STATES)[number];

export function isOpenAssignment(state: AssignmentState): state is OpenAssignmentState {
  return (OPEN_ASSIGNMENT_STATES as readonly AssignmentState[]).includes(state);
}

/** An assignment as the rules see it; the API persists exactly these fields (the timeline is stored apart). */
export interface Assignment {
  id: string;
  taskId: string;
  teamId: string;
  /** The team's unit (commune or village): visibility and live updates follow its chain of ancestors. */
  teamUnitId: string;
  state: AssignmentState;
  /** The count reached so far (a running total, not an increment); null until the team reports a number. */
  progress: number | null;
  /** The task's per-team target at publishing time (fixed once published), or null when it has none. */
  targetValue: number | null;
  assignedAt: string;
  /** First acknowledgement (explicit, or implied by the first progress or completion); kept on reopen. */
  acknowledgedAt: string | null;
  /** Latest completion; cleared when the issuer reopens. */
  completedAt: string | null;
  declineReason: string | null;
  lastChangedAt: string;
}

/** An assignment as created by publishing, before the database gives it an id. */
export type NewAssignment = Omit<Assignment, 'id'>;

/** Timeline actions: the initial assignment plus every command. */
export const TIMELINE_ACTIONS = [
  'assign',
  'acknowledge',
  'progress',
  'complete',
  'decline',
  'reopen',
  'cancel',
] as const;
export type TimelineAction = (typeof TIMELINE_ACTIONS)[number];

/** One step on an assignment's timeline: who, when, from → to, with the note and the count after the step. */
export interface TimelineEntry {
  at: string;
  /** Null for steps the hub takes itself. */
  actorId: string | null;
  action: TimelineAction;
  /** Null only for the initial "assign" entry. */
  from: AssignmentState | null;
  to: AssignmentState;
  note: string | null;
  progress: number | null;
}

/** Completed with a count below the task's target: allowed (the team reports what it achieved), but flagged. */
export function isBelowTarget(assignment: Pick<Assignment, 'state' | 'progress' | 'targetValue'>): boolean {
  return (
    assignment.state === 'completed' &&
    assignment.targetValue !== null &&
    (assignment.progress ?? 0) < assignment.targetValue
  );
}
