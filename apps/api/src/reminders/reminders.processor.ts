import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import type { JobName, ReportReminderJob, TaskReminderJob } from '../jobs/job-registry';
import { QUEUES } from '../jobs/job-registry';
import { ReportReminders } from '../reports/report-reminders.service';
import { MonthlyReportReminders } from './monthly-report.reminders';
import { TaskReminders, type ReminderOutcome } from './task-reminders.service';

/** The reminders queue's consumer (worker process only); retries come from the registry's queue defaults. */
@Processor(QUEUES.reminders)
export class RemindersProcessor extends WorkerHost {
  constructor(
    private readonly taskReminders: TaskReminders,
    private readonly monthly: MonthlyReportReminders,
    private readonly reports: ReportReminders,
  ) {
    super();
  }

  async process(
    job: Job<unknown, unknown, JobName>,
  ): Promise<ReminderOutcome | { notified: number } | { planned: number }> {
    const now = new Date().toISOString();
    switch (job.name) {
      case 'task.reminder':
      case 'task.escalate':
        return this.taskReminders.fire(job.data as TaskReminderJob, now);
      case 'report.monthly-reminder':
        return this.monthly.run(now);
      case 'report.plan-reminders':
        return { planned: await this.reports.plan(now) };
      case 'report.reminder':
        return this.reports.fire(job.data as ReportReminderJob);
      default:
        throw new Error(`Unknown reminders job ${String(job.name)}`);
    }
  }
}
