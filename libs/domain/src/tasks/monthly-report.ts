import { vietnamDateOf, type CalendarDate } from '../teams/calendar';
import { addCalendarDays, calendarDate, daysInMonth, endOfVietnamDay, vietnamInstant } from './vietnam-time';

/** §V.5: the district Culture and Information Office reports "trước ngày 30 hằng tháng": the 29th is the last day. */
export const MONTHLY_REPORT_LAST_DAY = 29;

/** Reminders go out this many days before the last day, at the start of office hours in Vietnam. */
export const MONTHLY_REMINDER_DAYS_BEFORE = [5, 1] as const;
export const MONTHLY_REMINDER_HOUR = 8;

export interface MonthlyReportDeadline {
  year: number;
  month: number;
  /** Last day to send: the 29th, or the last day of a month without a 30th (February). */
  dueDate: CalendarDate;
  /** The last millisecond of dueDate in Vietnam (UTC+7), as an ISO instant. */
  dueAt: string;
}

/** The deadline of a month's report ("before the 30th" ⇒ by the end of the 29th, Vietnam time). */
export function monthlyReportDeadline(year: number, month: number): MonthlyReportDeadline {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`not a month: ${month}`);
  const day = Math.min(MONTHLY_REPORT_LAST_DAY, daysInMonth(year, month));
  const dueDate = calendarDate(year, month, day);
  return { year, month, dueDate, dueAt: endOfVietnamDay(dueDate) };
}

/** The month whose report is due next at `now`: this month until its deadline passes, then the next one. */
export function upcomingMonthlyReport(now: string): MonthlyReportDeadline {
  const [year, month] = vietnamDateOf(now).split('-').map(Number) as [number, number];
  const current = monthlyReportDeadline(year, month);
  if (Date.parse(now) <= Date.parse(current.dueAt)) return current;
  return month === 12 ? monthlyReportDeadline(year + 1, 1) : monthlyReportDeadline(year, month + 1);
}

export interface MonthlyReminder {
  daysBefore: number;
  /** ISO instant: MONTHLY_REMINDER_HOUR in Vietnam, `daysBefore` days before the due date. */
  fireAt: string;
  /** "monthly-report.<area unit>.<YYYY-MM>.d-<days>": one per area office, month and offset (no ':'). */
  dedupeKey: string;
}

/**
 * The reminders for one area's monthly report, soonest first. The area is the unit whose office reports: a
 * district in the 2022 shape, the unit directly above the communes otherwise.
 */
export function monthlyReminderSchedule(
  year: number,
  month: number,
  areaUnitId: string,
  daysBefore: readonly number[] = MONTHLY_REMINDER_DAYS_BEFORE,
): MonthlyReminder[] {
  const { dueDate } = monthlyReportDeadline(year, month);
  const period = dueDate.slice(0, 7);
  return [...new Set(daysBefore)]
    .sort((a, b) => b - a)
    .map((days) => ({
      daysBefore: days,
      fireAt: vietnamInstant(addCalendarDays(dueDate, -days), MONTHLY_REMINDER_HOUR),
      dedupeKey: `monthly-report.${areaUnitId}.${period}.d-${days}`,
    }));
}
