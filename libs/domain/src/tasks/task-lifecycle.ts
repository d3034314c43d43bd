import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';
import { isOpenAssignment, type Assignment, type TimelineEntry } from './assignment';
import { transitionAssignment } from './assignment-transitions';
import { taskEvent, type TaskDomainEvent } from './events';
import type { Task } from './task';
import { checkIssuer, type TaskActor } from './task-actor';

export interface TaskCancellation {
  task: Task;
  /** Every open assignment, now cancelled, with its timeline entry; finished ones are left as they were. */
  cancelled: { assignment: Assignment; entry: TimelineEntry }[];
  /** One TaskCancelled event (not one per assignment: a province-wide task has a thousand of them). */
  events: TaskDomainEvent[];
}

/** Cancels a draft or published task and all its open assignments; a reason is required. */
export function cancelTask(
  task: Task,
  assignments: readonly Assignment[],
  actor: TaskActor,
  at: string,
  reason: string,
): DomainResult<TaskCancellation> {
  const allowed = checkIssuer(actor);
  if (!allowed.ok) return allowed;
  if (task.status !== 'draft' && task.status !== 'published') {
    return fail(ErrorCode.TaskInvalidTransition, `A ${task.status} task cannot be cancelled`, {
      status: task.status,
    });
  }
  const trimmed = reason.trim();
  if (!trimmed) return fail(ErrorCode.ValidationFailed, 'Cancelling a task needs a reason');
  const cancelled: TaskCancellation['cancelled'] = [];
  const command = { type: 'cancel' as const, reason: trimmed };
  const assignmentActor = { userId: actor.userId, isIssuer: true, isTeamLeaderOrDeputy: false };
  for (const assignment of assignments) {
    if (assignment.taskId !== task.id || !isOpenAssignment(assignment.state)) continue;
    const step = transitionAssignment(assignment, command, assignmentActor, at);
    if (step.ok) cancelled.push({ assignment: step.value.assignment, entry: step.value.entry });
  }
  const event = taskEvent(
    'TaskCancelled',
    { taskId: task.id, actorId: actor.userId, at },
    {
      issuerUnitId: task.issuerUnitId,
      reason: trimmed,
      cancelledAssignmentIds: cancelled.map((c) => c.assignment.id),
    },
  );
  return ok({
    task: { ...task, status: 'cancelled', cancelledAt: at, cancelReason: trimmed, updatedAt: at },
    cancelled,
    events: [event],
  });
}

/**
 * Closes a published task: it is over and frozen. Assignments keep their state (an open one stays counted as
 * open, usually overdue, in the reports) and take no more actions.
 */
export function closeTask(
  task: Task,
  actor: TaskActor,
  at: string,
  note: string | null = null,
): DomainResult<{ task: Task; events: TaskDomainEvent[] }> {
  const allowed = checkIssuer(actor);
  if (!allowed.ok) return allowed;
  if (task.status !== 'published') {
    return fail(ErrorCode.TaskInvalidTransition, `A ${task.status} task cannot be closed`, {
      status: task.status,
    });
  }
  const closeNote = note?.trim() || null;
  const event = taskEvent(
    'TaskClosed',
    { taskId: task.id, actorId: actor.userId, at },
    { issuerUnitId: task.issuerUnitId, note: closeNote },
  );
  return ok({ task: { ...task, status: 'closed', closedAt: at, closeNote, updatedAt: at }, events: [event] });
}

/** Assignments move only while their task is published (TASK_NOT_OPEN otherwise); check before transitioning. */
export function checkTaskOpen(task: Pick<Task, 'id' | 'status'>): DomainResult<true> {
  if (task.status === 'published') return ok(true);
  return fail(ErrorCode.TaskNotOpen, `The task is ${task.status}`, { taskId: task.id, status: task.status });
}

/** What the caller may do with the task (for buttons); the actions re-check everything. */
export interface TaskPermissions {
  edit: boolean;
  publish: boolean;
  cancel: boolean;
  close: boolean;
  nudge: boolean;
}

export function taskPermissions(
  task: Pick<Task, 'status'>,
  actor: Pick<TaskActor, 'isIssuer'>,
): TaskPermissions {
  const issuer = actor.isIssuer;
  const live = task.status === 'draft' || task.status === 'published';
  return {
    edit: issuer && live,
    publish: issuer && task.status === 'draft',
    cancel: issuer && live,
    close: issuer && task.status === 'published',
    nudge: issuer && task.status === 'published',
  };
}
