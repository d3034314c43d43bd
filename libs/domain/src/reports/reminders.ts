import { MONTHLY_REMINDER_HOUR } from '../tasks/monthly-report';
import { addCalendarDays, vietnamInstant } from '../tasks/vietnam-time';
import type { ReportDefinition } from './definitions';
import { periodStartsAt, type ReportPeriod } from './period';

export interface ReportReminder {
  daysBefore: number;
  /** ISO instant: office opening (MONTHLY_REMINDER_HOUR) in Vietnam, `daysBefore` days before the deadline. */
  fireAt: string;
  /** "report-reminder.<definition>.<period>.d-<days>": one job per definition, period and offset (no ':'). */
  dedupeKey: string;
}

/**
 * When to remind those who have not reported, soonest first. One job per offset: at fire time it reminds only
 * the reporters still on whoHasNotReported. Reminders before the period starts, or at or before `now`, are
 * dropped.
 */
export function reportReminderSchedule(
  definition: Pick<ReportDefinition, 'id' | 'reminderDaysBefore'>,
  period: ReportPeriod,
  now?: string,
): ReportReminder[] {
  const earliest = Math.max(
    Date.parse(periodStartsAt(period)),
    now === undefined ? -Infinity : Date.parse(now) + 1,
  );
  return [...new Set(definition.reminderDaysBefore)]
    .filter((days) => Number.isInteger(days) && days > 0)
    .sort((a, b) => b - a)
    .map((days) => ({
      daysBefore: days,
      fireAt: vietnamInstant(addCalendarDays(period.deadlineDate, -days), MONTHLY_REMINDER_HOUR),
      dedupeKey: `report-reminder.${definition.id}.${period.id}.d-${days}`,
    }))
    .filter((reminder) => Date.parse(reminder.fireAt) >= earliest);
}
