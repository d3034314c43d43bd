import type { DefaultJobOptions } from 'bullmq';
import type { TaskReminderKind } from '@cdt/domain';

/** Every queue of the hub. */
export const QUEUES = {
  maintenance: 'maintenance',
  reminders: 'reminders',
  rollups: 'rollups',
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
  /** Daily: adds the report.reminder jobs of the period being reported of every team report definition. */
  'report.plan-reminders': { queue: typeof QUEUES.reminders; payload: Record<string, never> };
  /** Reminds the leads of teams that have not filed a definition's report for a period, days before its deadline. */
  'report.reminder': { queue: typeof QUEUES.reminders; payload: ReportReminderJob };
  /** Recomputes one unit's rollup from its own teams and its children's, then its parent's (de-duplicated). */
  'rollup.unit': { queue: typeof QUEUES.rollups; payload: { unitId: string } };
  /** Nightly: every rollup from scratch, compared with the incremental figures; drift repaired and logged. */
  'rollup.full': { queue: typeof QUEUES.rollups; payload: Record<string, never> };
  /** Nightly: each unit's figures kept as the day's snapshot, for trends. */
  'rollup.snapshot': { queue: typeof QUEUES.rollups; payload: Record<string, never> };
}

/** A planned reminder: the job id is jobId(name, dedupeKey), so planning the same task twice adds nothing. */
export interface TaskReminderJob {
  taskId: string;
  kind: TaskReminderKind;
  dedupeKey: string;
}
/** A planned report reminder: the job id is jobId('report.reminder', dedupeKey) (reportReminderSchedule). */
export interface ReportReminderJob {
  definitionId: string;
  periodId: string;
  daysBefore: number;
  dedupeKey: string;
}
export type JobName = keyof JobRegistry;
export type JobPayload<N extends JobName> = JobRegistry[N]['payload'];

export const JOB_QUEUE: { [N in JobName]: JobRegistry[N]['queue'] } = {
  'sessions.purge-expired': QUEUES.maintenance,
  'task.reminder': QUEUES.reminders,
  'task.escalate': QUEUES.reminders,
  'report.monthly-reminder': QUEUES.reminders,
  'report.plan-reminders': QUEUES.reminders,
  'report.reminder': QUEUES.reminders,
  'rollup.unit': QUEUES.rollups,
  'rollup.full': QUEUES.rollups,
  'rollup.snapshot': QUEUES.rollups,
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
