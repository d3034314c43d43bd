/** When a task's reminders fire; the issuer may change each value per task. */
export interface ReminderPolicy {
  /** Remind teams that have not acknowledged this many hours after publishing; null turns it off. */
  unacknowledgedAfterHours: number | null;
  /** Remind open assignments this many days before the due date (each value once). */
  beforeDueDays: number[];
  /** Escalate to the issuing unit this many days after the due date; null turns it off. */
  escalateAfterDays: number | null;
}

export const DEFAULT_REMINDER_POLICY: Readonly<ReminderPolicy> = Object.freeze({
  unacknowledgedAfterHours: 24,
  beforeDueDays: [3, 1],
  escalateAfterDays: 3,
});

/** The defaults overridden by whatever the issuer set; the day list is de-duplicated and sorted, furthest first. */
export function reminderPolicyWithDefaults(partial: Partial<ReminderPolicy> = {}): ReminderPolicy {
  const merged = { ...DEFAULT_REMINDER_POLICY, ...partial };
  return {
    unacknowledgedAfterHours: merged.unacknowledgedAfterHours,
    beforeDueDays: [...new Set(merged.beforeDueDays)].sort((a, b) => b - a),
    escalateAfterDays: merged.escalateAfterDays,
  };
}
