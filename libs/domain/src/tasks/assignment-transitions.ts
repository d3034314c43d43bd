import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';
import { isBelowTarget, type Assignment, type AssignmentState, type TimelineEntry } from './assignment';
import {
  actorMayTake,
  ASSIGNMENT_ACTION_TYPES,
  ASSIGNMENT_COMMAND_FROM,
  type AssignmentActionType,
  type AssignmentActor,
  type AssignmentCommand,
} from './assignment-commands';
import { taskEvent, type TaskEventOf } from './events';

export interface AssignmentTransition {
  assignment: Assignment;
  entry: TimelineEntry;
  event: TaskEventOf<'AssignmentChanged'>;
}

/**
 * The assignment's next state for a command, with its timeline entry and event, or a coded refusal (input
 * untouched). The actor is checked first (403 ASSIGNMENT_ACTOR_NOT_ALLOWED), then the state
 * (409 ASSIGNMENT_INVALID_TRANSITION), then the command's own fields (VALIDATION_FAILED).
 * Reopen goes back to in_progress when the team had acknowledged (work resumes, the count is kept), else to
 * assigned (a team that declined without ever acknowledging must acknowledge again).
 * The caller first checks that the task is published (checkTaskOpen).
 */
export function transitionAssignment(
  assignment: Assignment,
  command: AssignmentCommand,
  actor: AssignmentActor,
  at: string,
): DomainResult<AssignmentTransition> {
  const from = assignment.state;
  if (!actorMayTake(actor, command.type)) {
    return fail(ErrorCode.AssignmentActorNotAllowed, notAllowedMessage(command.type), {
      action: command.type,
    });
  }
  if (!ASSIGNMENT_COMMAND_FROM[command.type].includes(from)) {
    return fail(ErrorCode.AssignmentInvalidTransition, `A ${from} assignment cannot take "${command.type}"`, {
      state: from,
      action: command.type,
    });
  }
  const next = nextAssignment(assignment, command, at);
  if (!next.ok) return next;
  const updated = next.value;
  const note = noteOf(command);
  const entry: TimelineEntry = {
    at,
    actorId: actor.userId,
    action: command.type,
    from,
    to: updated.state,
    note,
    progress: updated.progress,
  };
  const event = taskEvent(
    'AssignmentChanged',
    { taskId: assignment.taskId, actorId: actor.userId, at },
    {
      assignmentId: assignment.id,
      teamId: assignment.teamId,
      teamUnitId: assignment.teamUnitId,
      action: command.type,
      from,
      to: updated.state,
      progress: updated.progress,
      note,
      belowTarget: isBelowTarget(updated),
    },
  );
  return ok({ assignment: updated, entry, event });
}

function nextAssignment(a: Assignment, command: AssignmentCommand, at: string): DomainResult<Assignment> {
  const moved = (state: AssignmentState, changes: Partial<Assignment> = {}): DomainResult<Assignment> =>
    ok({ ...a, ...changes, state, lastChangedAt: at });
  const acknowledgedAt = a.acknowledgedAt ?? at;
  switch (command.type) {
    case 'acknowledge':
      return moved('acknowledged', { acknowledgedAt });
    case 'progress': {
      const value = checkedValue(command.value);
      if (!value.ok) return value;
      if (value.value === null && !command.note?.trim()) {
        return fail(ErrorCode.ValidationFailed, 'A progress update needs a number or a note');
      }
      return moved('in_progress', { acknowledgedAt, progress: value.value ?? a.progress });
    }
    case 'complete': {
      const value = checkedValue(command.value);
      if (!value.ok) return value;
      return moved('completed', { acknowledgedAt, completedAt: at, progress: value.value ?? a.progress });
    }
    case 'decline':
    case 'reopen':
    case 'cancel': {
      const reason = command.reason.trim();
      if (!reason) return fail(ErrorCode.ValidationFailed, `"${command.type}" needs a reason`);
      if (command.type === 'decline') return moved('declined', { declineReason: reason });
      if (command.type === 'cancel') return moved('cancelled');
      return moved(a.acknowledgedAt === null ? 'assigned' : 'in_progress', {
        completedAt: null,
        declineReason: null,
      });
    }
  }
}

/** Counts are whole, non-negative numbers; an absent value keeps the last reported one. */
function checkedValue(value: number | null | undefined): DomainResult<number | null> {
  if (value === undefined || value === null) return ok(null);
  if (!Number.isSafeInteger(value) || value < 0) {
    return fail(ErrorCode.ValidationFailed, 'Progress must be a whole number, zero or more', { value });
  }
  return ok(value);
}

function noteOf(command: AssignmentCommand): string | null {
  const text = 'reason' in command ? command.reason : command.note;
  return text?.trim() || null;
}

function notAllowedMessage(type: AssignmentCommand['type']): string {
  return type === 'reopen' || type === 'cancel'
    ? 'Only the issuing unit can reopen or cancel an assignment'
    : 'Only the team leader or deputy can act on this assignment';
}

/** The actions the actor may take now (for the one-tap buttons); the fields are checked on the action itself. */
export function availableAssignmentActions(
  assignment: Pick<Assignment, 'state'>,
  actor: Omit<AssignmentActor, 'userId'>,
): AssignmentActionType[] {
  return ASSIGNMENT_ACTION_TYPES.filter(
    (type) =>
      actorMayTake({ ...actor, userId: '' }, type) &&
      ASSIGNMENT_COMMAND_FROM[type].includes(assignment.state),
  );
}
