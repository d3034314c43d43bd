import type { AssignmentState } from './assignment';

/** Commands on an assignment; `value` is the running total reached (not an increment). */
export type AssignmentCommand =
  | { type: 'acknowledge'; note?: string | null }
  | { type: 'progress'; value?: number | null; note?: string | null }
  | { type: 'complete'; value?: number | null; note?: string | null }
  | { type: 'decline'; reason: string }
  | { type: 'reopen'; reason: string }
  | { type: 'cancel'; reason: string };
export type AssignmentCommandType = AssignmentCommand['type'];

/** Commands a client may send about one assignment; cancelling happens only through the task. */
export type AssignmentActionCommand = Exclude<AssignmentCommand, { type: 'cancel' }>;
export type AssignmentActionType = AssignmentActionCommand['type'];

export const ASSIGNMENT_ACTION_TYPES = [
  'acknowledge',
  'progress',
  'complete',
  'decline',
  'reopen',
] as const satisfies readonly AssignmentActionType[];

/** Commands the team takes (its leader or deputy) and those the issuer takes. */
export const TEAM_COMMANDS: readonly AssignmentCommandType[] = [
  'acknowledge',
  'progress',
  'complete',
  'decline',
];
export const ISSUER_COMMANDS: readonly AssignmentCommandType[] = ['reopen', 'cancel'];

/**
 * States each command may start from. Progress or completion on an unacknowledged assignment implies the
 * acknowledgement (a team reporting work has plainly received the task; refusing would cost a round trip on a
 * weak network). Acknowledging twice is refused: the state already says "đã nhận".
 */
export const ASSIGNMENT_COMMAND_FROM: Record<AssignmentCommandType, readonly AssignmentState[]> = {
  acknowledge: ['assigned'],
  progress: ['assigned', 'acknowledged', 'in_progress'],
  complete: ['assigned', 'acknowledged', 'in_progress'],
  decline: ['assigned', 'acknowledged', 'in_progress'],
  reopen: ['completed', 'declined'],
  cancel: ['assigned', 'acknowledged', 'in_progress'],
};

/** What the acting user is relative to THIS assignment, computed by the caller from memberships and grants. */
export interface AssignmentActor {
  userId: string;
  /** Active leader or deputy of the assignment's team. */
  isTeamLeaderOrDeputy: boolean;
  /** Holds a steering grant covering the task's issuing unit. */
  isIssuer: boolean;
}

export function actorMayTake(actor: AssignmentActor, type: AssignmentCommandType): boolean {
  return TEAM_COMMANDS.includes(type) ? actor.isTeamLeaderOrDeputy : actor.isIssuer;
}
