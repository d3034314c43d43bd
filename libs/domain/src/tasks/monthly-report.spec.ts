import { monthlyReminderSchedule, monthlyReportDeadline, upcomingMonthlyReport } from './monthly-report';

describe('monthlyReportDeadline', () => {
  it('is the end of the 29th in Vietnam ("before the 30th")', () => {
    expect(monthlyReportDeadline(2022, 6)).toEqual({
      year: 2022,
      month: 6,
      dueDate: '2022-06-29',
      dueAt: '2022-06-29T16:59:59.999Z',
    });
    expect(monthlyReportDeadline(2022, 12).dueDate).toBe('2022-12-29');
  });

  it('is the last day of February, which has no 30th', () => {
    expect(monthlyReportDeadline(2022, 2)).toMatchObject({
      dueDate: '2022-02-28',
      dueAt: '2022-02-28T16:59:59.999Z',
    });
    expect(monthlyReportDeadline(2024, 2).dueDate).toBe('2024-02-29');
  });

  it('refuses a month that does not exist', () => {
    expect(() => monthlyReportDeadline(2022, 13)).toThrow(RangeError);
    expect(() => monthlyReportDeadline(2022, 0)).toThrow(RangeError);
  });
});

describe('upcomingMonthlyReport', () => {
  it('is this month’s report until its deadline passes (Vietnam time), then next month’s', () => {
    expect(upcomingMonthlyReport('2022-06-29T16:59:59.999Z').dueDate).toBe('2022-06-29');
    expect(upcomingMonthlyReport('2022-06-29T17:00:00.000Z').dueDate).toBe('2022-07-29');
    expect(upcomingMonthlyReport('2022-12-30T03:00:00.000Z').dueDate).toBe('2023-01-29');
    // 31 January, 20:00 in Vietnam is still January there.
    expect(upcomingMonthlyReport('2022-01-31T13:00:00.000Z').dueDate).toBe('2022-02-28');
  });
});

describe('monthlyReminderSchedule', () => {
  it('reminds each area office 5 days and 1 day before, at 08:00 in Vietnam, with stable keys', () => {
    expect(monthlyReminderSchedule(2022, 6, 'd-vinh-linh')).toEqual([
      {
        daysBefore: 5,
        fireAt: '2022-06-24T01:00:00.000Z',
        dedupeKey: 'monthly-report.d-vinh-linh.2022-06.d-5',
      },
      {
        daysBefore: 1,
        fireAt: '2022-06-28T01:00:00.000Z',
        dedupeKey: 'monthly-report.d-vinh-linh.2022-06.d-1',
      },
    ]);
  });

  it('counts back from February’s last day and takes other offsets', () => {
    expect(monthlyReminderSchedule(2022, 2, 'p', [1, 10, 1]).map((r) => r.fireAt)).toEqual([
      '2022-02-18T01:00:00.000Z',
      '2022-02-27T01:00:00.000Z',
    ]);
  });
});
