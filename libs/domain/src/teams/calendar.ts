/** A calendar date as written on decisions and in reports: "YYYY-MM-DD", compared as text. */
export type CalendarDate = string;

export const CALENDAR_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset gives the local date. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The date in Vietnam of an instant (ISO timestamp or Date); a "YYYY-MM-DD" input is returned as is. */
export function vietnamDateOf(at: string | Date): CalendarDate {
  if (typeof at === 'string' && CALENDAR_DATE_PATTERN.test(at)) return at;
  const ms = (typeof at === 'string' ? new Date(at) : at).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not a date: ${String(at)}`);
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
