/**
 * Reminders a task plans: not yet acknowledged N hours after publishing; due soon (days before the due date);
 * overdue at the due date (team and commune chair); escalation N days later (issuing unit).
 */
export const TASK_REMINDER_KINDS = ['unacknowledged', 'due_soon', 'overdue', 'escalation'] as const;
export type TaskReminderKind = (typeof TASK_REMINDER_KINDS)[number];

/** Who a fired reminder goes to: the team's leader and deputy, the chair of the team's commune, the issuer. */
export const REMINDER_RECIPIENTS = ['team', 'commune_chair', 'issuer_unit'] as const;
export type ReminderRecipient = (typeof REMINDER_RECIPIENTS)[number];

export const REMINDER_RECIPIENTS_BY_KIND: Record<TaskReminderKind, readonly ReminderRecipient[]> = {
  unacknowledged: ['team'],
  due_soon: ['team'],
  overdue: ['team', 'commune_chair'],
  escalation: ['issuer_unit'],
};
