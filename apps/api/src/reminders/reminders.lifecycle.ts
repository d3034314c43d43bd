import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QUEUES } from '../jobs/job-registry';
import { REPORT_REMINDER_PLANNING, ReportReminders } from '../reports/report-reminders.service';
import { toTask } from '../tasks/task.mapper';
import { TasksRepository } from '../tasks/tasks.repository';
import { MONTHLY_REMINDER_SCHEDULE } from './monthly-report.reminders';
import { ReminderScheduler } from './reminder-scheduler';

/** The longest escalation delay a policy allows (reminderPolicySchema), plus a day. */
const RECONCILE_WINDOW_MS = 61 * 24 * 60 * 60 * 1000;

/** At worker start: the monthly scheduler (upserted, so one however often it starts) and a reminder catch-up. */
@Injectable()
export class RemindersLifecycle implements OnApplicationBootstrap {
  private readonly logger = new Logger(RemindersLifecycle.name);

  constructor(
    @InjectQueue(QUEUES.reminders) private readonly queue: Queue,
    private readonly tasks: TasksRepository,
    private readonly scheduler: ReminderScheduler,
    private readonly reportReminders: ReportReminders,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler('report.monthly-reminder', MONTHLY_REMINDER_SCHEDULE, {
      name: 'report.monthly-reminder',
      data: {},
    });
    await this.queue.upsertJobScheduler('report.plan-reminders', REPORT_REMINDER_PLANNING, {
      name: 'report.plan-reminders',
      data: {},
    });
    const reportJobs = await this.reportReminders.plan(new Date().toISOString());
    this.logger.log({ jobs: reportJobs }, 'report reminders planned');
    // Re-adds the future reminders of every published task (same job ids: nothing doubles), in case an API
    // process stopped between a publish's commit and the scheduling of its jobs.
    const now = new Date().toISOString();
    const published = await this.tasks.publishedDueAfter(
      new Date(Date.now() - RECONCILE_WINDOW_MS).toISOString(),
    );
    let planned = 0;
    for (const row of published) planned += (await this.scheduler.schedule(toTask(row), now)).length;
    this.logger.log({ tasks: published.length, planned }, 'reminders reconciled');
  }
}
