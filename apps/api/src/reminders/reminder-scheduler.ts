import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import { planReminders, type PlannedReminder, type Task, type TaskReminderKind } from '@cdt/domain';
import { QUEUES, jobId, type JobName, type TaskReminderJob } from '../jobs/job-registry';

/** The job that carries a reminder of this kind (escalations have their own name and handling). */
export function reminderJobName(kind: TaskReminderKind): Extract<JobName, 'task.reminder' | 'task.escalate'> {
  return kind === 'escalation' ? 'task.escalate' : 'task.reminder';
}

/** The deterministic job id of a planned reminder: its dedupe key (already free of ':') under the job name. */
export function reminderJobId(reminder: Pick<PlannedReminder, 'kind' | 'dedupeKey'>): string {
  return jobId(reminderJobName(reminder.kind), reminder.dedupeKey);
}

/**
 * Turns a task's reminder plan into delayed jobs and back. Planning the same task twice adds nothing (job ids
 * are the dedupe keys); a job left behind by an older plan is dropped by the processor (isReminderCurrent).
 */
@Injectable()
export class ReminderScheduler {
  private readonly logger = new Logger(ReminderScheduler.name);

  constructor(@InjectQueue(QUEUES.reminders) private readonly queue: Queue<TaskReminderJob>) {}

  /** Adds the reminders still ahead of `now` of a published task. */
  async schedule(task: Task, now: string): Promise<PlannedReminder[]> {
    const plan = planReminders(task, task.reminderPolicy, now);
    if (plan.length === 0) return plan;
    await this.queue.addBulk(
      plan.map((reminder) => ({
        name: reminderJobName(reminder.kind),
        data: { taskId: task.id, kind: reminder.kind, dedupeKey: reminder.dedupeKey },
        opts: {
          jobId: reminderJobId(reminder),
          delay: Math.max(0, Date.parse(reminder.fireAt) - Date.parse(now)),
        } satisfies JobsOptions,
      })),
    );
    this.logger.debug({ taskId: task.id, reminders: plan.length }, 'reminders scheduled');
    return plan;
  }

  /** Removes every job the task's plan could have added (a job already running finishes and finds nothing to do). */
  async unschedule(task: Task): Promise<void> {
    const plan = planReminders(task, task.reminderPolicy, null);
    await Promise.all(plan.map((reminder) => this.queue.remove(reminderJobId(reminder))));
  }

  /** After an edit of the deadline or the policy: the old plan's jobs out, the new plan's in. */
  async reschedule(before: Task, after: Task, now: string): Promise<PlannedReminder[]> {
    await this.unschedule(before);
    return this.schedule(after, now);
  }
}
