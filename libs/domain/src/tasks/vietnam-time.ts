import type { CalendarDate } from '../teams/calendar';

/** Vietnam keeps UTC+7 all year (no daylight saving), so local wall time is a fixed shift. */
export const VIETNAM_UTC_OFFSET_HOURS = 7;
const OFFSET_MS = VIETNAM_UTC_OFFSET_HOURS * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The ISO instant of a wall-clock time in Vietnam on a date (hour 0–24; 24 is the next midnight). */
export function vietnamInstant(date: CalendarDate, hour = 0, minute = 0): string {
  const ms = Date.parse(`${date}T00:00:00.000Z`);
  if (Number.isNaN(ms)) throw new RangeError(`not a date: ${date}`);
  return new Date(ms - OFFSET_MS + (hour * 60 + minute) * 60 * 1000).toISOString();
}

/** The last millisecond of a date in Vietnam: what a deadline picked as a date means. */
export function endOfVietnamDay(date: CalendarDate): string {
  return new Date(Date.parse(vietnamInstant(date, 24)) - 1).toISOString();
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "17:00 10/06/2022": a Vietnamese reader's way of writing an instant, in Vietnam time. */
export function formatVietnamDateTime(at: string): string {
  const local = new Date(Date.parse(at) + OFFSET_MS).toISOString();
  const [date, time] = [local.slice(0, 10), local.slice(11, 16)];
  return `${time} ${formatVietnamDate(date)}`;
}

/** "10/06/2022" from "2022-06-10". */
export function formatVietnamDate(date: CalendarDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
