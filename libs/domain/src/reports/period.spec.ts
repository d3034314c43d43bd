import { monthlyReportDeadline } from '../tasks/monthly-report';
import { AREA_MONTHLY_COMPILATION, TEAM_MONTHLY_ACTIVITY } from './definitions';
import {
  adHocPeriod,
  periodById,
  periodOf,
  periodStartsAt,
  reportingPeriodAt,
  scheduleProblem,
  shiftPeriod,
  type PeriodSchedule,
} from './period';

const calendarMonthly: PeriodSchedule = {
  frequency: 'monthly',
  cutoffDay: null,
  deadline: { monthsAfterPeriodEnd: 1, day: 10 },
};
const decreeQuarterly: PeriodSchedule = {
  frequency: 'quarterly',
  cutoffDay: 14,
  deadline: { monthsAfterPeriodEnd: 0, day: 29 },
};

describe('periodOf with the Decree 09 cut-off (15th of last month to the 14th)', () => {
  it('puts the 14th in its own month and the 15th in the next month’s period', () => {
    expect(periodOf(AREA_MONTHLY_COMPILATION, '2026-11-14')).toEqual({
      id: '2026-11',
      frequency: 'monthly',
      start: '2026-10-15',
      end: '2026-11-14',
      cutoffAt: '2026-11-14T16:59:59.999Z',
      deadlineDate: '2026-11-29',
      deadlineAt: '2026-11-29T16:59:59.999Z',
    });
    expect(periodOf(AREA_MONTHLY_COMPILATION, '2026-11-15').id).toBe('2026-12');
  });

  it('rolls December’s second half into January of the next year', () => {
    expect(periodOf(AREA_MONTHLY_COMPILATION, '2026-12-20')).toMatchObject({
      id: '2027-01',
      start: '2026-12-15',
      end: '2027-01-14',
    });
  });

  it('reads an instant in Vietnam time', () => {
    // 17:00 UTC on the 14th is already 00:00 on the 15th in Vietnam.
    expect(periodOf(AREA_MONTHLY_COMPILATION, '2026-11-14T16:59:59.999Z').id).toBe('2026-11');
    expect(periodOf(AREA_MONTHLY_COMPILATION, '2026-11-14T17:00:00.000Z').id).toBe('2026-12');
  });

  it('gives the district compilation the tasks’ monthly deadline in every month', () => {
    for (const year of [2024, 2025, 2026]) {
      for (let month = 1; month <= 12; month += 1) {
        const period = periodById(AREA_MONTHLY_COMPILATION, `${year}-${String(month).padStart(2, '0')}`)!;
        const expected = monthlyReportDeadline(year, month);
        expect([period.deadlineDate, period.deadlineAt]).toEqual([expected.dueDate, expected.dueAt]);
      }
    }
  });

  it('is due the last day of February, which has no 29th in common years', () => {
    expect(periodById(AREA_MONTHLY_COMPILATION, '2026-02')!.deadlineDate).toBe('2026-02-28');
    expect(periodById(AREA_MONTHLY_COMPILATION, '2028-02')!.deadlineDate).toBe('2028-02-29');
  });

  it('gives teams the 20th, before the district’s deadline', () => {
    expect(periodById(TEAM_MONTHLY_ACTIVITY, '2026-11')).toMatchObject({
      start: '2026-10-15',
      end: '2026-11-14',
      deadlineDate: '2026-11-20',
    });
  });

  it('makes quarters run from the 15th before the quarter to the 14th of its last month', () => {
    expect(periodOf(decreeQuarterly, '2026-12-14')).toMatchObject({
      id: '2026-Q4',
      start: '2026-09-15',
      end: '2026-12-14',
      deadlineDate: '2026-12-29',
    });
    expect(periodOf(decreeQuarterly, '2026-12-15')).toMatchObject({
      id: '2027-Q1',
      start: '2026-12-15',
      end: '2027-03-14',
    });
    expect(periodOf(decreeQuarterly, '2026-09-14').id).toBe('2026-Q3');
    expect(periodOf(decreeQuarterly, '2026-09-15').id).toBe('2026-Q4');
  });
});

describe('periodOf with calendar periods', () => {
  it('uses whole months, due the following month', () => {
    expect(periodOf(calendarMonthly, '2026-02-28')).toMatchObject({
      id: '2026-02',
      start: '2026-02-01',
      end: '2026-02-28',
      cutoffAt: '2026-02-28T16:59:59.999Z',
      deadlineDate: '2026-03-10',
    });
    expect(periodOf(calendarMonthly, '2026-12-31')).toMatchObject({
      id: '2026-12',
      deadlineDate: '2027-01-10',
    });
  });

  it('uses whole quarters', () => {
    const quarterly: PeriodSchedule = { ...calendarMonthly, frequency: 'quarterly' };
    expect(periodOf(quarterly, '2026-05-31')).toMatchObject({
      id: '2026-Q2',
      start: '2026-04-01',
      end: '2026-06-30',
    });
  });
});

describe('periodById and shiftPeriod', () => {
  it('round-trips every id and steps across years', () => {
    const nov = periodById(AREA_MONTHLY_COMPILATION, '2026-11')!;
    expect(periodOf(AREA_MONTHLY_COMPILATION, nov.start)).toEqual(nov);
    expect(periodOf(AREA_MONTHLY_COMPILATION, nov.end)).toEqual(nov);
    expect(shiftPeriod(AREA_MONTHLY_COMPILATION, nov, 2).id).toBe('2027-01');
    expect(shiftPeriod(AREA_MONTHLY_COMPILATION, nov, -11).id).toBe('2025-12');
    const q4 = periodById(decreeQuarterly, '2026-Q4')!;
    expect(shiftPeriod(decreeQuarterly, q4, 1).id).toBe('2027-Q1');
    expect(shiftPeriod(decreeQuarterly, q4, -4).id).toBe('2025-Q4');
  });

  it('leaves no day between consecutive periods and no overlap', () => {
    let period = periodById(AREA_MONTHLY_COMPILATION, '2025-01')!;
    for (let i = 0; i < 30; i += 1) {
      const next = shiftPeriod(AREA_MONTHLY_COMPILATION, period, 1);
      expect(Date.parse(periodStartsAt(next)) - Date.parse(period.cutoffAt)).toBe(1);
      period = next;
    }
  });

  it('refuses ids of another form or frequency', () => {
    expect(periodById(AREA_MONTHLY_COMPILATION, '2026-13')).toBeNull();
    expect(periodById(AREA_MONTHLY_COMPILATION, '2026-Q4')).toBeNull();
    expect(periodById(decreeQuarterly, '2026-11')).toBeNull();
    expect(periodById(decreeQuarterly, '2026-Q5')).toBeNull();
    expect(() => shiftPeriod(decreeQuarterly, periodById(AREA_MONTHLY_COMPILATION, '2026-11')!, 1)).toThrow(
      RangeError,
    );
  });
});

describe('reportingPeriodAt', () => {
  it('is the period whose deadline comes next', () => {
    // 10 November: November's data (to the 14th) is still coming in, due the 29th.
    expect(reportingPeriodAt(AREA_MONTHLY_COMPILATION, '2026-11-10T03:00:00.000Z').id).toBe('2026-11');
    expect(reportingPeriodAt(AREA_MONTHLY_COMPILATION, '2026-11-29T16:59:59.999Z').id).toBe('2026-11');
    expect(reportingPeriodAt(AREA_MONTHLY_COMPILATION, '2026-11-29T17:00:00.000Z').id).toBe('2026-12');
  });

  it('goes back to an earlier period still due when deadlines fall after the period', () => {
    expect(reportingPeriodAt(calendarMonthly, '2026-12-05T03:00:00.000Z').id).toBe('2026-11');
    expect(reportingPeriodAt(calendarMonthly, '2026-12-10T17:00:00.000Z').id).toBe('2026-12');
  });
});

describe('adHocPeriod', () => {
  it('takes its range and deadline from the request', () => {
    expect(
      adHocPeriod({ id: 'req-7', start: '2026-11-02', end: '2026-11-06', deadlineDate: '2026-11-09' }),
    ).toEqual({
      id: 'req-7',
      frequency: 'ad_hoc',
      start: '2026-11-02',
      end: '2026-11-06',
      cutoffAt: '2026-11-06T16:59:59.999Z',
      deadlineDate: '2026-11-09',
      deadlineAt: '2026-11-09T16:59:59.999Z',
    });
  });

  it('refuses a range running backwards or a deadline before the data ends', () => {
    expect(() =>
      adHocPeriod({ id: 'r', start: '2026-11-06', end: '2026-11-02', deadlineDate: '2026-11-09' }),
    ).toThrow(RangeError);
    expect(() =>
      adHocPeriod({ id: 'r', start: '2026-11-02', end: '2026-11-06', deadlineDate: '2026-11-05' }),
    ).toThrow(RangeError);
  });
});

describe('scheduleProblem', () => {
  it('accepts the default schedules', () => {
    expect(scheduleProblem(TEAM_MONTHLY_ACTIVITY)).toBeNull();
    expect(scheduleProblem(AREA_MONTHLY_COMPILATION)).toBeNull();
    expect(scheduleProblem(calendarMonthly)).toBeNull();
  });

  it('refuses a deadline on or before the cut-off, or inside a calendar period', () => {
    expect(scheduleProblem({ ...decreeQuarterly, deadline: { monthsAfterPeriodEnd: 0, day: 14 } })).toBe(
      'the deadline must come after the data cut-off',
    );
    expect(scheduleProblem({ ...calendarMonthly, deadline: { monthsAfterPeriodEnd: 0, day: 31 } })).toBe(
      'the deadline must come after the data cut-off',
    );
  });

  it('refuses impossible days', () => {
    expect(scheduleProblem({ ...decreeQuarterly, cutoffDay: 30 })).toMatch(/cut-off day/);
    expect(scheduleProblem({ ...decreeQuarterly, deadline: { monthsAfterPeriodEnd: 0, day: 32 } })).toMatch(
      /deadline day/,
    );
    expect(scheduleProblem({ ...decreeQuarterly, deadline: { monthsAfterPeriodEnd: -1, day: 5 } })).toMatch(
      /last month or after/,
    );
  });
});
