import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import {
  expectedReporters,
  formatVietnamDate,
  isPeriodicDefinition,
  periodById,
  reportReminderSchedule,
  reportingPeriodAt,
  type PeriodicReportDefinition,
  type ReportDefinition,
} from '@cdt/domain';
import { QUEUES, jobId, type ReportReminderJob } from '../jobs/job-registry';
import { NotificationDispatcher } from '../notifications/notification-dispatcher';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { ReminderDeliveriesRepository } from '../reminders/reminder-deliveries.repository';
import { ReportsRepository } from './reports.repository';

/** The web route a team's reminder opens: the team's report of that period. */
export const teamReportLink = (teamId: string, definitionId: string, periodId: string) =>
  `/reports/team/${teamId}?definitionId=${definitionId}&periodId=${periodId}`;

/**
 * Reminders before a team report's deadline (reminderDaysBefore), to the leader and deputy of each team that
 * has not reported. Area compilations are left to MonthlyReportReminders (the offices' own reminder, which
 * skips areas that have submitted). One delayed job per definition, period and offset (deterministic id); at
 * fire time it re-reads who has not reported and records each (team, person) once in reminder_deliveries.
 */
@Injectable()
export class ReportReminders {
  private readonly logger = new Logger(ReportReminders.name);

  constructor(
    @InjectQueue(QUEUES.reminders) private readonly queue: Queue<ReportReminderJob>,
    private readonly reports: ReportsRepository,
    private readonly deliveries: ReminderDeliveriesRepository,
    private readonly notifications: NotificationsRepository,
    private readonly dispatcher: NotificationDispatcher,
  ) {}

  /** Adds the jobs still ahead of `now` for the period being reported of every team definition. */
  async plan(now: string): Promise<number> {
    const definitions = (await this.reports.definitions()).map((row) => row.definition).filter(remindsTeams);
    const jobs = definitions.flatMap((definition) => {
      const period = reportingPeriodAt(definition, now);
      return reportReminderSchedule(definition, period, now).map((reminder) => ({
        name: 'report.reminder' as const,
        data: {
          definitionId: definition.id,
          periodId: period.id,
          daysBefore: reminder.daysBefore,
          dedupeKey: reminder.dedupeKey,
        },
        opts: {
          jobId: jobId('report.reminder', reminder.dedupeKey),
          delay: Math.max(0, Date.parse(reminder.fireAt) - Date.parse(now)),
        } satisfies JobsOptions,
      }));
    });
    if (jobs.length > 0) await this.queue.addBulk(jobs);
    return jobs.length;
  }

  /** Reminds the leads of every expected team without a counted report; a repeated run sends nothing twice. */
  async fire(job: ReportReminderJob): Promise<{ notified: number }> {
    const row = await this.reports.definition(job.definitionId);
    const definition = row?.definition;
    if (!definition || !remindsTeams(definition)) return { notified: 0 };
    const period = periodById(definition, job.periodId);
    if (!period) return { notified: 0 };
    const counted = await this.reports.countedReporterIds(definition.id, period.id);
    const missing = new Map<string, string>();
    for (const root of await this.reports.roots()) {
      const units = await this.reports.unitsAround(root);
      const teams = await this.reports.reporterTeams(root.path);
      for (const reporter of expectedReporters({ definition, period, rootUnitId: root.id, units, teams })) {
        if (!counted.has(reporter.reporterId)) missing.set(reporter.reporterId, reporter.name);
      }
    }
    const rows = await this.reports.transaction(async (manager) => {
      const leads = await this.reports.teamLeads([...missing.keys()], manager);
      const key = (teamId: string) => `${job.dedupeKey}.${teamId}`;
      const fresh = await this.deliveries.recordForRecipients(
        manager,
        leads.map((lead) => ({ dedupeKey: key(lead.teamId), recipientId: lead.userId })),
      );
      const due = formatVietnamDate(period.deadlineDate);
      return this.notifications.insertForUsers(
        manager,
        leads
          .filter((lead) => fresh.has(`${key(lead.teamId)}/${lead.userId}`))
          .map((lead) => ({
            userId: lead.userId,
            kind: 'monthly_report' as const,
            title: 'Nhắc gửi báo cáo hoạt động của Tổ',
            body: `${missing.get(lead.teamId)}: gửi ${definition.name.vi} kỳ ${period.id} trước hạn ${due}`,
            link: teamReportLink(lead.teamId, definition.id, period.id),
            data: {
              teamId: lead.teamId,
              definitionId: definition.id,
              periodId: period.id,
              reminder: job.dedupeKey,
            },
          })),
      );
    });
    this.dispatcher.dispatch(rows);
    this.logger.log({ key: job.dedupeKey, teams: missing.size, notified: rows.length }, 'report reminders');
    return { notified: rows.length };
  }
}

function remindsTeams(definition: ReportDefinition): definition is PeriodicReportDefinition {
  return isPeriodicDefinition(definition) && definition.reporter.type === 'team';
}

/** Daily at 07:00 Vietnam time: the planning run (jobs already added are kept: their ids are deterministic). */
export const REPORT_REMINDER_PLANNING = { pattern: '0 7 * * *', tz: 'Asia/Ho_Chi_Minh' } as const;
