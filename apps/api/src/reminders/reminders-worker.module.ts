import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReportReminders } from '../reports/report-reminders.service';
import { ReportsRepository } from '../reports/reports.repository';
import { TaskEventsPublisher } from '../tasks/task-events.publisher';
import { TasksDataModule } from '../tasks/tasks-data.module';
import { MonthlyReportReminders } from './monthly-report.reminders';
import { ReminderDeliveriesRepository } from './reminder-deliveries.repository';
import { RemindersLifecycle } from './reminders.lifecycle';
import { RemindersModule } from './reminders.module';
import { RemindersProcessor } from './reminders.processor';
import { TaskReminders } from './task-reminders.service';
import { WorkerRealtime } from './worker-realtime';

/** The consumer side of reminders, for the worker process only: processors, the monthly scheduler, live pushes. */
@Module({
  imports: [JobsModule, RemindersModule, TasksDataModule, NotificationsModule],
  providers: [
    ReminderDeliveriesRepository,
    TaskReminders,
    MonthlyReportReminders,
    ReportsRepository,
    ReportReminders,
    TaskEventsPublisher,
    RemindersProcessor,
    RemindersLifecycle,
    WorkerRealtime,
  ],
  exports: [TaskReminders, MonthlyReportReminders, ReportReminders],
})
export class RemindersWorkerModule {}
