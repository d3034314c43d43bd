import { monthlyReminderSchedule } from '../tasks/monthly-report';
import { AREA_MONTHLY_COMPILATION, TEAM_AD_HOC_ACTIVITY, TEAM_MONTHLY_ACTIVITY } from './definitions';
import { adHocPeriod, periodById } from './period';
import { reportReminderSchedule } from './reminders';

describe('reportReminderSchedule', () => {
  it('reminds teams 5 days and 1 day before the 20th, at 08:00 in Vietnam, with stable keys', () => {
    const period = periodById(TEAM_MONTHLY_ACTIVITY, '2026-11')!;
    expect(reportReminderSchedule(TEAM_MONTHLY_ACTIVITY, period)).toEqual([
      {
        daysBefore: 5,
        fireAt: '2026-11-15T01:00:00.000Z',
        dedupeKey: 'report-reminder.team-monthly-activity.2026-11.d-5',
      },
      {
        daysBefore: 1,
        fireAt: '2026-11-19T01:00:00.000Z',
        dedupeKey: 'report-reminder.team-monthly-activity.2026-11.d-1',
      },
    ]);
  });

  it('fires the district compilation reminders when the tasks’ monthly reminders fire', () => {
    for (const month of [2, 6, 11]) {
      const period = periodById(AREA_MONTHLY_COMPILATION, `2026-${String(month).padStart(2, '0')}`)!;
      expect(reportReminderSchedule(AREA_MONTHLY_COMPILATION, period).map((r) => r.fireAt)).toEqual(
        monthlyReminderSchedule(2026, month, 'd1').map((r) => r.fireAt),
      );
    }
  });

  it('drops reminders already due at `now`, and ones before the period starts', () => {
    const period = periodById(TEAM_MONTHLY_ACTIVITY, '2026-11')!;
    expect(
      reportReminderSchedule(TEAM_MONTHLY_ACTIVITY, period, '2026-11-15T01:00:00.000Z').map(
        (r) => r.daysBefore,
      ),
    ).toEqual([1]);
    const rush = adHocPeriod({
      id: 'req-1',
      start: '2026-11-18',
      end: '2026-11-19',
      deadlineDate: '2026-11-20',
    });
    expect(reportReminderSchedule({ ...TEAM_AD_HOC_ACTIVITY, reminderDaysBefore: [5, 1] }, rush)).toEqual([
      {
        daysBefore: 1,
        fireAt: '2026-11-19T01:00:00.000Z',
        dedupeKey: 'report-reminder.team-ad-hoc-activity.req-1.d-1',
      },
    ]);
  });

  it('ignores repeated and meaningless offsets, and keys carry no ":"', () => {
    const period = periodById(TEAM_MONTHLY_ACTIVITY, '2026-11')!;
    const reminders = reportReminderSchedule({ id: 'x', reminderDaysBefore: [1, 3, 1, 0, -2, 1.5] }, period);
    expect(reminders.map((r) => r.daysBefore)).toEqual([3, 1]);
    for (const reminder of reminders) expect(reminder.dedupeKey).not.toContain(':');
  });
});
