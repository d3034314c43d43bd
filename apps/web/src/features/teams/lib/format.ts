import { vietnamDateOf } from '@cdt/domain';

/** "2022-05-12" → "12/05/2022", the way dates are written on decisions (in both languages). */
export function formatCalendarDate(date: string): string {
  const [year, month, day] = date.split('-');
  return year && month && day ? `${day}/${month}/${year}` : date;
}

const TIMESTAMP = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An ISO instant as Vietnam's local date and time, whatever the phone's time zone. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : TIMESTAMP.format(date);
}

/** Today in Vietnam, "YYYY-MM-DD" (defaults of date inputs). */
export function todayInVietnam(): string {
  return vietnamDateOf(new Date());
}
