import type { DefaultJobOptions } from 'bullmq';
import type { TaskReminderKind } from '@cdt/domain';

/** Every queue of the hub. */
export const QUEUES = {
  maintenance: 'maintenance',
  reminders: 'reminders',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Every job: its queue and its payload type. Adding a job means adding it here first. */
export interface JobRegistry {
  'sessions.purge-expired': { queue: typeof QUEUES.maintenance; payload: Record<string, never> };
  /** A task's planned reminder (not acknowledged, due soon, overdue); the processor re-reads the task. */
  'task.reminder': { queue: typeof QUEUES.reminders; payload: TaskReminderJob };
  /** Open assignments N days past due, reported to the issuing unit. */
  'task.escalate': { queue: typeof QUEUES.reminders; payload: TaskReminderJob };
  /** Reminds each area's Culture and Information Office of the monthly report (a job scheduler's runs). */
  'report.monthly-reminder': { queue: typeof QUEUES.reminders; payload: Record<string, never> };
}

/** A planned reminder: the job id is jobId(name, dedupeKey), so planning the same task twice adds nothing. */
export interface TaskReminderJob {
  taskId: string;
  kind: TaskReminderKind;
  dedupeKey: string;
}
export type JobName = keyof JobRegistry;
export type JobPayload<N extends JobName> = JobRegistry[N]['payload'];

export const JOB_QUEUE: { [N in JobName]: JobRegistry[N]['queue'] } = {
  'sessions.purge-expired': QUEUES.maintenance,
  'task.reminder': QUEUES.reminders,
  'task.escalate': QUEUES.reminders,
  'report.monthly-reminder': QUEUES.reminders,
};

/** Queue defaults in one place: retries with exponential backoff, bounded history. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 86_400, count: 1_000 },
  removeOnFail: { age: 7 * 86_400 },
};

/** Deterministic job ids: the same logical job scheduled twice is one job (BullMQ forbids ':' in ids). */
export function jobId(name: JobName, ...parts: (string | number)[]): string {
  return [name, ...parts].join('__');
}
