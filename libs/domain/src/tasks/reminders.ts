import type { ReminderPolicy } from './reminder-policy';
import type { TaskReminderKind } from './reminder-kinds';
import type { Task } from './task';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** One reminder job to schedule: what, when, and the key that makes it unique everywhere. */
export interface PlannedReminder {
  kind: TaskReminderKind;
  /** ISO timestamp. */
  fireAt: string;
  /** Job id and database dedupe key; see reminderKey. */
  dedupeKey: string;
}

export type ReminderTask = Pick<Task, 'id' | 'status' | 'publishedAt' | 'dueAt'>;

/**
 * `${taskId}.${kind}.${offset}.${anchor}`, e.g. "t1.due_soon.d-3.20220610T170000Z". No ':' (BullMQ refuses it in
 * custom job ids). The anchor (publishing time, or the due instant) is in the key so that moving the deadline
 * yields new keys — the database's "sent once" guard then lets the new reminders out — while planning the same
 * task twice yields the same keys.
 */
export function reminderKey(taskId: string, kind: TaskReminderKind, offset: string, anchor: string): string {
  const compact = new Date(anchor)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return `${taskId}.${kind}.${offset}.${compact}`;
}

/**
 * Every reminder of a published task, soonest first: not acknowledged N hours after publishing (skipped if that
 * falls at or after the due instant), N days before the due instant, overdue at the due instant, escalation N
 * days after it. Only reminders strictly after publishing and after `now` are returned (pass null for all of
 * them): a reschedule never fires a stale reminder. Drafts, cancelled and closed tasks have none.
 */
export function planReminders(
  task: ReminderTask,
  policy: ReminderPolicy,
  now: string | null,
): PlannedReminder[] {
  if (task.status !== 'published' || task.publishedAt === null) return [];
  const due = Date.parse(task.dueAt);
  const plan: PlannedReminder[] = [];
  const add = (kind: TaskReminderKind, fireMs: number, offset: string, anchor: string) =>
    plan.push({
      kind,
      fireAt: new Date(fireMs).toISOString(),
      dedupeKey: reminderKey(task.id, kind, offset, anchor),
    });

  if (policy.unacknowledgedAfterHours !== null) {
    const fireMs = Date.parse(task.publishedAt) + policy.unacknowledgedAfterHours * HOUR_MS;
    if (fireMs < due) add('unacknowledged', fireMs, `h${policy.unacknowledgedAfterHours}`, task.publishedAt);
  }
  for (const days of new Set(policy.beforeDueDays))
    add('due_soon', due - days * DAY_MS, `d-${days}`, task.dueAt);
  add('overdue', due, 'd0', task.dueAt);
  if (policy.escalateAfterDays !== null) {
    add('escalation', due + policy.escalateAfterDays * DAY_MS, `d+${policy.escalateAfterDays}`, task.dueAt);
  }
  // Nothing fires before publishing (a "3 days before" reminder of a task published 2 days before its deadline).
  const after = Math.max(
    Date.parse(task.publishedAt),
    now === null ? Number.NEGATIVE_INFINITY : Date.parse(now),
  );
  return plan
    .filter((reminder) => Date.parse(reminder.fireAt) > after)
    .sort((a, b) => Date.parse(a.fireAt) - Date.parse(b.fireAt) || a.dedupeKey.localeCompare(b.dedupeKey));
}

/** False for a job left over from an older deadline or policy (or a task no longer published): drop it. */
export function isReminderCurrent(task: ReminderTask, policy: ReminderPolicy, dedupeKey: string): boolean {
  return planReminders(task, policy, null).some((reminder) => reminder.dedupeKey === dedupeKey);
}
