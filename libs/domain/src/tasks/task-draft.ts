import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';
import { taskEvent, type TaskDomainEvent } from './events';
import { reminderPolicyWithDefaults, type ReminderPolicy } from './reminder-policy';
import {
  DRAFT_EDITABLE_FIELDS,
  PUBLISHED_EDITABLE_FIELDS,
  type EditableTaskField,
  type Task,
  type TaskLink,
  type TaskPriority,
  type TaskTarget,
  type TaskTargetPerTeam,
} from './task';
import { checkIssuer, type TaskActor } from './task-actor';
import type { TaskCategory } from './task-category';

/** What the issuer fills in; the reminder policy keeps the defaults for whatever is left out. */
export interface TaskFields {
  title: string;
  description: string;
  category: TaskCategory;
  priority: TaskPriority;
  dueAt: string;
  target: TaskTarget;
  targetPerTeam: TaskTargetPerTeam | null;
  links: TaskLink[];
  reminderPolicy?: Partial<ReminderPolicy>;
}

export type TaskPatch = Partial<Omit<TaskFields, 'reminderPolicy'>> & {
  reminderPolicy?: Partial<ReminderPolicy>;
};

export interface TaskChange {
  task: Task;
  events: TaskDomainEvent[];
}

export interface TaskUpdate extends TaskChange {
  /** Fields whose value really changed (a form resending unchanged values changes nothing). */
  changedFields: EditableTaskField[];
  /** The deadline or the policy of a published task moved: reschedule its reminder jobs. */
  remindersChanged: boolean;
}

/** A new draft task; the due instant must lie ahead. The API checks the issuer's grant to compute `isIssuer`. */
export function draftTask(
  fields: TaskFields & { issuerUnitId: string },
  params: { id: string; actor: TaskActor; at: string },
): DomainResult<TaskChange> {
  const allowed = checkIssuer(params.actor);
  if (!allowed.ok) return allowed;
  const due = checkDueAhead(fields.dueAt, params.at);
  if (!due.ok) return due;
  const { at, actor } = params;
  const task: Task = {
    id: params.id,
    issuerUnitId: fields.issuerUnitId,
    title: fields.title.trim(),
    description: fields.description.trim(),
    category: fields.category,
    priority: fields.priority,
    dueAt: isoInstant(fields.dueAt),
    target: fields.target,
    targetPerTeam: fields.targetPerTeam,
    links: fields.links,
    reminderPolicy: reminderPolicyWithDefaults(fields.reminderPolicy),
    status: 'draft',
    createdById: actor.userId,
    createdAt: at,
    updatedAt: at,
    publishedAt: null,
    cancelledAt: null,
    cancelReason: null,
    closedAt: null,
    closeNote: null,
  };
  const event = taskEvent(
    'TaskCreated',
    { taskId: task.id, actorId: actor.userId, at },
    { issuerUnitId: task.issuerUnitId, title: task.title },
  );
  return ok({ task, events: [event] });
}

/**
 * Edits a draft (every field) or a published task (wording, deadline, priority, links, reminders: the target,
 * category and per-team target were fixed by publishing, TASK_FIELD_LOCKED). Cancelled and closed tasks are
 * final (TASK_INVALID_TRANSITION). A new deadline must lie ahead (TASK_DUE_IN_PAST).
 */
export function updateTask(
  task: Task,
  patch: TaskPatch,
  actor: TaskActor,
  at: string,
): DomainResult<TaskUpdate> {
  const allowed = checkIssuer(actor);
  if (!allowed.ok) return allowed;
  if (task.status === 'cancelled' || task.status === 'closed') {
    return fail(ErrorCode.TaskInvalidTransition, `A ${task.status} task cannot be edited`, {
      status: task.status,
    });
  }
  const next: Task = {
    ...task,
    ...definedFields(patch),
    reminderPolicy: patch.reminderPolicy
      ? reminderPolicyWithDefaults({ ...task.reminderPolicy, ...patch.reminderPolicy })
      : task.reminderPolicy,
  };
  const changedFields = DRAFT_EDITABLE_FIELDS.filter((field) => !sameValue(task[field], next[field]));
  const editable: readonly EditableTaskField[] =
    task.status === 'draft' ? DRAFT_EDITABLE_FIELDS : PUBLISHED_EDITABLE_FIELDS;
  const locked = changedFields.filter((field) => !editable.includes(field));
  if (locked.length > 0) {
    return fail(ErrorCode.TaskFieldLocked, 'These fields cannot change once the task is published', {
      fields: locked,
    });
  }
  if (changedFields.includes('dueAt')) {
    const due = checkDueAhead(next.dueAt, at);
    if (!due.ok) return due;
  }
  if (changedFields.length === 0) {
    return ok({ task, events: [], changedFields, remindersChanged: false });
  }
  const remindersChanged =
    task.status === 'published' &&
    (changedFields.includes('dueAt') || changedFields.includes('reminderPolicy'));
  const event = taskEvent(
    'TaskUpdated',
    { taskId: task.id, actorId: actor.userId, at },
    { issuerUnitId: task.issuerUnitId, changedFields, remindersChanged },
  );
  return ok({ task: { ...next, updatedAt: at }, events: [event], changedFields, remindersChanged });
}

/** One spelling per instant ("…+07:00" and "…Z" alike), so comparisons and dedupe keys agree; garbage is kept. */
export function isoInstant(value: string): string {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

/** The deadline must be a timestamp strictly after `at`. */
export function checkDueAhead(dueAt: string, at: string): DomainResult<true> {
  const due = Date.parse(dueAt);
  if (Number.isNaN(due))
    return fail(ErrorCode.ValidationFailed, 'The due date is not a timestamp', { dueAt });
  if (due > Date.parse(at)) return ok(true);
  return fail(ErrorCode.TaskDueInPast, 'The due date must lie in the future', { dueAt });
}

function definedFields(patch: TaskPatch): Partial<Task> {
  const { reminderPolicy: _policy, ...rest } = patch;
  const fields: Partial<Task> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined) continue;
    const normalized = key === 'dueAt' ? isoInstant(value as string) : value;
    Object.assign(fields, { [key]: typeof normalized === 'string' ? normalized.trim() : normalized });
  }
  return fields;
}

/** Field values are plain JSON data; keys are sorted because jsonb columns do not keep their order. */
function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
