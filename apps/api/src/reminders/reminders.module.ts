import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { ReminderScheduler } from './reminder-scheduler';

/** The producer side of reminders, for the API: schedules, reschedules and removes a task's reminder jobs. */
@Module({ imports: [JobsModule], providers: [ReminderScheduler], exports: [ReminderScheduler] })
export class RemindersModule {}
