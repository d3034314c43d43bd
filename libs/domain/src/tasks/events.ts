import type { AssignmentState, TimelineAction } from './assignment';
import type { TaskReminderKind } from './reminder-kinds';
import type { EditableTaskField } from './task';
import type { RefusedTeam } from './target';

/** Payload of each task event, by event type. */
export interface TaskEventPayloads {
  TaskCreated: { issuerUnitId: string; title: string };
  /** `remindersChanged`: the deadline or the policy moved, so the task's reminder jobs must be rescheduled. */
  TaskUpdated: { issuerUnitId: string; changedFields: EditableTaskField[]; remindersChanged: boolean };
  TaskPublished: { issuerUnitId: string; teamIds: string[]; refused: RefusedTeam[] };
  TaskCancelled: { issuerUnitId: string; reason: string; cancelledAssignmentIds: string[] };
  TaskClosed: { issuerUnitId: string; note: string | null };
  AssignmentChanged: {
    assignmentId: string;
    teamId: string;
    teamUnitId: string;
    action: TimelineAction;
    from: AssignmentState | null;
    to: AssignmentState;
    progress: number | null;
    note: string | null;
    belowTarget: boolean;
  };
  AssignmentsNudged: {
    issuerUnitId: string;
    assignmentIds: string[];
    teamIds: string[];
    message: string | null;
  };
  /** A planned reminder fired and concerned these assignments (none is sent when the list is empty). */
  ReminderSent: { kind: TaskReminderKind; dedupeKey: string; assignmentIds: string[] };
  /** Open assignments N days past due were reported to the issuing unit. */
  Escalated: { issuerUnitId: string; dedupeKey: string; assignmentIds: string[]; teamIds: string[] };
}

export type TaskEventType = keyof TaskEventPayloads;

/** Fields every task event carries; listeners route it to the issuer's and the teams' unit rooms. */
export interface TaskEventEnvelope<T extends TaskEventType> {
  type: T;
  taskId: string;
  /** Null when the hub acts itself (reminders, escalations). */
  actorId: string | null;
  /** ISO timestamp. */
  at: string;
  payload: TaskEventPayloads[T];
}

/** Every change to tasks and assignments, discriminated by `type`. */
export type TaskDomainEvent = { [T in TaskEventType]: TaskEventEnvelope<T> }[TaskEventType];

export type TaskEventOf<T extends TaskEventType> = Extract<TaskDomainEvent, { type: T }>;

export const TASK_EVENT_TYPES = [
  'TaskCreated',
  'TaskUpdated',
  'TaskPublished',
  'TaskCancelled',
  'TaskClosed',
  'AssignmentChanged',
  'AssignmentsNudged',
  'ReminderSent',
  'Escalated',
] as const satisfies readonly TaskEventType[];

/** Builds a typed event; keeps construction sites short. */
export function taskEvent<T extends TaskEventType>(
  type: T,
  where: { taskId: string; actorId: string | null; at: string },
  payload: TaskEventPayloads[T],
): TaskEventOf<T> {
  return { type, ...where, payload } as TaskEventOf<T>;
}

// Compile-time guard: adding an event type without listing it above fails the build.
const _everyEventTypeListed: [Exclude<TaskEventType, (typeof TASK_EVENT_TYPES)[number]>] extends [never]
  ? true
  : false = true;
