import { Injectable, Logger } from '@nestjs/common';
import {
  AREA_MONTHLY_COMPILATION,
  monthlyReminderSchedule,
  taskLinks,
  taskNotificationText,
  upcomingMonthlyReport,
} from '@cdt/domain';
import { NotificationDispatcher } from '../notifications/notification-dispatcher';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { RecipientsRepository } from '../notifications/recipients.repository';
import { ReportsRepository } from '../reports/reports.repository';
import { TasksRepository } from '../tasks/tasks.repository';
import { ReminderDeliveriesRepository } from './reminder-deliveries.repository';

/** Runs of the monthly scheduler: days 23–28 at 08:00 Vietnam time hold every planned reminder day (§V.5). */
export const MONTHLY_REMINDER_SCHEDULE = { pattern: '0 8 23-28 * *', tz: 'Asia/Ho_Chi_Minh' } as const;

/**
 * Reminds each area's Culture and Information Office (the head of the office, or the area's steering users
 * where nobody holds it) of the report due before the 30th. Each run sends, per area, the latest reminder that
 * is due and not yet sent, and records the earlier ones too so a late run never sends a stale one. Areas that
 * have submitted their compilation (reports, area-monthly-compilation) are skipped.
 */
@Injectable()
export class MonthlyReportReminders {
  private readonly logger = new Logger(MonthlyReportReminders.name);

  constructor(
    private readonly tasks: TasksRepository,
    private readonly recipients: RecipientsRepository,
    private readonly deliveries: ReminderDeliveriesRepository,
    private readonly notifications: NotificationsRepository,
    private readonly dispatcher: NotificationDispatcher,
    private readonly reports: ReportsRepository,
  ) {}

  async run(now: string): Promise<{ notified: number }> {
    const deadline = upcomingMonthlyReport(now);
    // An area whose compilation of that month is already with the Department is not reminded (issue 6).
    const sent = await this.reports.countedReporterIds(
      AREA_MONTHLY_COMPILATION.id,
      deadline.dueDate.slice(0, 7),
    );
    const offices = (await this.recipients.areaOffices()).filter((office) => !sent.has(office.unitId));
    const plan = offices.flatMap((office) => {
      const due = monthlyReminderSchedule(deadline.year, deadline.month, office.unitId).filter(
        (reminder) => Date.parse(reminder.fireAt) <= Date.parse(now),
      );
      const latest = due.at(-1);
      return latest && office.recipientIds.length > 0 ? [{ office, due, latest }] : [];
    });
    if (plan.length === 0) return { notified: 0 };
    const text = taskNotificationText('monthly_report', {
      month: deadline.month,
      year: deadline.year,
      dueDate: deadline.dueDate,
    });
    const rows = await this.tasks.transaction(async (manager) => {
      const fresh = await this.deliveries.recordForRecipients(
        manager,
        plan.flatMap(({ office, due }) =>
          due.flatMap((r) =>
            office.recipientIds.map((recipientId) => ({ dedupeKey: r.dedupeKey, recipientId })),
          ),
        ),
      );
      const toNotify = plan.flatMap(({ office, latest }) =>
        office.recipientIds
          .filter((userId) => fresh.has(`${latest.dedupeKey}/${userId}`))
          .map((userId) => ({
            userId,
            kind: 'monthly_report' as const,
            ...text,
            link: taskLinks.monthlyReport(office.unitId),
            data: {
              areaUnitId: office.unitId,
              month: deadline.dueDate.slice(0, 7),
              dueDate: deadline.dueDate,
            },
          })),
      );
      return this.notifications.insertForUsers(manager, toNotify);
    });
    this.dispatcher.dispatch(rows);
    this.logger.log(
      { month: deadline.dueDate.slice(0, 7), notified: rows.length },
      'monthly report reminders',
    );
    return { notified: rows.length };
  }
}
