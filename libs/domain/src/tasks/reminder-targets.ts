import { isOpenAssignment, type Assignment, type AssignmentState } from './assignment';
import { taskEvent, type TaskDomainEvent } from './events';
import { REMINDER_RECIPIENTS_BY_KIND, type ReminderRecipient, type TaskReminderKind } from './reminder-kinds';
import type { ReminderPolicy } from './reminder-policy';
import { isReminderCurrent, type PlannedReminder, type ReminderTask } from './reminders';
import type { Task } from './task';

/** The states an assignment must still be in when a reminder fires for the reminder to concern it. */
export function reminderConcerns(kind: TaskReminderKind, state: AssignmentState): boolean {
  return kind === 'unacknowledged' ? state === 'assigned' : isOpenAssignment(state);
}

export interface ReminderTarget {
  assignmentId: string;
  teamId: string;
  teamUnitId: string;
  recipients: readonly ReminderRecipient[];
}

/**
 * Whom a fired reminder concerns: the task's assignments still in the relevant state (not acknowledged for
 * "unacknowledged"; open for the others). Nothing when the task is no longer published or the job is stale
 * (its key is not in the task's current plan).
 */
export function dueReminders(
  task: ReminderTask,
  policy: ReminderPolicy,
  reminder: Pick<PlannedReminder, 'kind' | 'dedupeKey'>,
  assignments: readonly Pick<Assignment, 'id' | 'taskId' | 'teamId' | 'teamUnitId' | 'state'>[],
): ReminderTarget[] {
  if (!isReminderCurrent(task, policy, reminder.dedupeKey)) return [];
  const recipients = REMINDER_RECIPIENTS_BY_KIND[reminder.kind];
  return assignments
    .filter((a) => a.taskId === task.id && reminderConcerns(reminder.kind, a.state))
    .map((a) => ({ assignmentId: a.id, teamId: a.teamId, teamUnitId: a.teamUnitId, recipients }));
}

/** The event recording a fired reminder (Escalated for escalations), or null when it concerned nobody. */
export function reminderFiredEvent(
  task: Pick<Task, 'id' | 'issuerUnitId'>,
  reminder: Pick<PlannedReminder, 'kind' | 'dedupeKey'>,
  targets: readonly ReminderTarget[],
  at: string,
): TaskDomainEvent | null {
  if (targets.length === 0) return null;
  const where = { taskId: task.id, actorId: null, at };
  const assignmentIds = targets.map((t) => t.assignmentId);
  if (reminder.kind === 'escalation') {
    return taskEvent('Escalated', where, {
      issuerUnitId: task.issuerUnitId,
      dedupeKey: reminder.dedupeKey,
      assignmentIds,
      teamIds: targets.map((t) => t.teamId),
    });
  }
  return taskEvent('ReminderSent', where, {
    kind: reminder.kind,
    dedupeKey: reminder.dedupeKey,
    assignmentIds,
  });
}
