import {
  addCalendarDays,
  calendarDate,
  daysInMonth,
  endOfVietnamDay,
  vietnamInstant,
} from '../tasks/vietnam-time';
import { vietnamDateOf, type CalendarDate } from '../teams/calendar';

export const REPORT_FREQUENCIES = ['monthly', 'quarterly', 'ad_hoc'] as const;
export type ReportFrequency = (typeof REPORT_FREQUENCIES)[number];
export type PeriodicFrequency = Exclude<ReportFrequency, 'ad_hoc'>;

/** When a periodic report's data ends and when it is due; all days are Vietnamese calendar days. */
export interface PeriodSchedule {
  frequency: PeriodicFrequency;
  /**
   * The last day of data in the period's last month (1–28): a month then runs from the day after the previous
   * cut-off (Decree 09/2019/NĐ-CP: the 15th of the month before to the 14th). Null: the calendar month or quarter.
   */
  cutoffDay: number | null;
  /** The last day to send: `day` of the month `monthsAfterPeriodEnd` after the period's last month (clamped to its length). */
  deadline: { monthsAfterPeriodEnd: number; day: number };
}

/** One reporting period of a definition, with its data cut-off and deadline. */
export interface ReportPeriod {
  /** "2026-11" (monthly), "2026-Q4" (quarterly), or the request's id for an ad-hoc report. */
  id: string;
  frequency: ReportFrequency;
  /** First and last day of data, inclusive. */
  start: CalendarDate;
  end: CalendarDate;
  /** The last millisecond of `end` in Vietnam: data after it belongs to the next period. */
  cutoffAt: string;
  deadlineDate: CalendarDate;
  /** The last millisecond of deadlineDate in Vietnam. */
  deadlineAt: string;
}

export const MONTHLY_PERIOD_ID = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const QUARTERLY_PERIOD_ID = /^(\d{4})-Q([1-4])$/;

/** A period as the month its data ends in (the quarter's last month for a quarter). */
interface PeriodIndex {
  year: number;
  /** 1–12: the period's last month. */
  month: number;
}

/** The period whose data a day ("YYYY-MM-DD", or an ISO instant read in Vietnam) belongs to. */
export function periodOf(schedule: PeriodSchedule, date: CalendarDate): ReportPeriod {
  const [year, month, day] = vietnamDateOf(date).split('-').map(Number) as [number, number, number];
  let index = { year, month };
  if (schedule.cutoffDay !== null && day > schedule.cutoffDay) index = addMonths(index, 1);
  if (schedule.frequency === 'quarterly') index = { year: index.year, month: Math.ceil(index.month / 3) * 3 };
  return periodAt(schedule, index);
}

/** The period with this id, or null if the id is not one of this schedule's (wrong form or frequency). */
export function periodById(schedule: PeriodSchedule, id: string): ReportPeriod | null {
  if (schedule.frequency === 'monthly') {
    const match = MONTHLY_PERIOD_ID.exec(id);
    return match ? periodAt(schedule, { year: Number(match[1]), month: Number(match[2]) }) : null;
  }
  const match = QUARTERLY_PERIOD_ID.exec(id);
  return match ? periodAt(schedule, { year: Number(match[1]), month: Number(match[2]) * 3 }) : null;
}

/** The period `count` periods after (negative: before) the given one. */
export function shiftPeriod(schedule: PeriodSchedule, period: ReportPeriod, count: number): ReportPeriod {
  const current = periodById(schedule, period.id);
  if (!current) throw new RangeError(`not a ${schedule.frequency} period: ${period.id}`);
  const [year, month] = current.end.split('-').map(Number) as [number, number];
  const step = schedule.frequency === 'monthly' ? 1 : 3;
  return periodAt(schedule, addMonths({ year, month }, count * step));
}

/** The period being reported at `now`: the earliest one whose deadline has not passed. */
export function reportingPeriodAt(schedule: PeriodSchedule, now: string): ReportPeriod {
  const at = Date.parse(now);
  let period = periodOf(schedule, now);
  // A deadline months after the period's end can leave an earlier period still due.
  while (Date.parse(shiftPeriod(schedule, period, -1).deadlineAt) >= at)
    period = shiftPeriod(schedule, period, -1);
  while (Date.parse(period.deadlineAt) < at) period = shiftPeriod(schedule, period, 1);
  return period;
}

/** The period of an ad-hoc ("đột xuất") report: its data range and deadline are set by the request. */
export function adHocPeriod(input: {
  id: string;
  start: CalendarDate;
  end: CalendarDate;
  deadlineDate: CalendarDate;
}): ReportPeriod {
  if (input.end < input.start) throw new RangeError('an ad-hoc period cannot end before it starts');
  if (input.deadlineDate < input.end)
    throw new RangeError('an ad-hoc report cannot be due before its data ends');
  return {
    id: input.id,
    frequency: 'ad_hoc',
    start: input.start,
    end: input.end,
    cutoffAt: endOfVietnamDay(input.end),
    deadlineDate: input.deadlineDate,
    deadlineAt: endOfVietnamDay(input.deadlineDate),
  };
}

/** The instant a period's first day begins in Vietnam. */
export function periodStartsAt(period: Pick<ReportPeriod, 'start'>): string {
  return vietnamInstant(period.start);
}

/** A reason the schedule is unusable (deadline not after the data cut-off), or null when it is sound. */
export function scheduleProblem(schedule: PeriodSchedule): string | null {
  const { cutoffDay, deadline } = schedule;
  if (cutoffDay !== null && (!Number.isInteger(cutoffDay) || cutoffDay < 1 || cutoffDay > 28)) {
    return 'the cut-off day must be a day from 1 to 28';
  }
  if (!Number.isInteger(deadline.day) || deadline.day < 1 || deadline.day > 31) {
    return 'the deadline day must be a day from 1 to 31';
  }
  if (!Number.isInteger(deadline.monthsAfterPeriodEnd) || deadline.monthsAfterPeriodEnd < 0) {
    return 'the deadline must fall in the period’s last month or after it';
  }
  if (deadline.monthsAfterPeriodEnd === 0 && (cutoffDay === null || deadline.day <= cutoffDay)) {
    return 'the deadline must come after the data cut-off';
  }
  return null;
}

function periodAt(schedule: PeriodSchedule, last: PeriodIndex): ReportPeriod {
  const monthsPerPeriod = schedule.frequency === 'monthly' ? 1 : 3;
  const { cutoffDay } = schedule;
  const previousEnd = addMonths(last, -monthsPerPeriod);
  const first = addMonths(last, 1 - monthsPerPeriod);
  const start =
    cutoffDay === null
      ? calendarDate(first.year, first.month, 1)
      : addCalendarDays(calendarDate(previousEnd.year, previousEnd.month, cutoffDay), 1);
  const end = calendarDate(last.year, last.month, cutoffDay ?? daysInMonth(last.year, last.month));
  const due = addMonths(last, schedule.deadline.monthsAfterPeriodEnd);
  const deadlineDate = calendarDate(
    due.year,
    due.month,
    Math.min(schedule.deadline.day, daysInMonth(due.year, due.month)),
  );
  const id =
    schedule.frequency === 'monthly'
      ? `${last.year}-${String(last.month).padStart(2, '0')}`
      : `${last.year}-Q${last.month / 3}`;
  return {
    id,
    frequency: schedule.frequency,
    start,
    end,
    cutoffAt: endOfVietnamDay(end),
    deadlineDate,
    deadlineAt: endOfVietnamDay(deadlineDate),
  };
}

function addMonths(index: PeriodIndex, count: number): PeriodIndex {
  const zeroBased = index.year * 12 + (index.month - 1) + count;
  return { year: Math.floor(zeroBased / 12), month: (zeroBased % 12) + 1 };
}
