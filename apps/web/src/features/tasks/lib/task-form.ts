import {
  createTaskRequestSchema,
  DEFAULT_REMINDER_POLICY,
  type ReminderPolicy,
  type CreateTaskRequest,
  type TaskCategory,
  type TaskDto,
  type TaskPriority,
  type TeamKind,
  type UpdateTaskRequest,
  updateTaskRequestSchema,
  vietnamDateOf,
  type PUBLISHED_EDITABLE_FIELDS,
} from '@cdt/domain';
import type { z } from 'zod';
import { issueToFieldError, type FieldError } from '../../../lib/form/field-error';

type PublishedEditableField = (typeof PUBLISHED_EDITABLE_FIELDS)[number];

export type TargetMode = 'subtree' | 'teams';

export interface TaskTargetState {
  mode: TargetMode;
  unitId: string | null;
  teamKinds: TeamKind[];
  teamIds: string[];
}

/** What the task form holds: text as typed, the target as picked. */
export interface TaskFormState {
  issuerUnitId: string | null;
  title: string;
  description: string;
  category: TaskCategory;
  priority: TaskPriority;
  /** yyyy-mm-dd: the end of that day in Vietnam (the schema's dueAt rule). */
  dueDate: string;
  hasTarget: boolean;
  targetValue: string;
  targetLabel: string;
  links: { url: string; title: string }[];
  target: TaskTargetState;
  reminders: ReminderFormState;
}

/** The reminder policy as the form edits it: a switch and a typed number per rule, the days as chips. */
export interface ReminderFormState {
  remindUnacknowledged: boolean;
  unacknowledgedAfterHours: string;
  beforeDueDays: string[];
  escalate: boolean;
  escalateAfterDays: string;
}

/** Days before the deadline an issuer can pick for the "still open" reminder. */
export const BEFORE_DUE_DAY_CHOICES = ['7', '5', '3', '2', '1'] as const;

export function reminderForm(policy: Readonly<ReminderPolicy>): ReminderFormState {
  return {
    remindUnacknowledged: policy.unacknowledgedAfterHours !== null,
    unacknowledgedAfterHours: String(
      policy.unacknowledgedAfterHours ?? DEFAULT_REMINDER_POLICY.unacknowledgedAfterHours,
    ),
    beforeDueDays: policy.beforeDueDays.map(String),
    escalate: policy.escalateAfterDays !== null,
    escalateAfterDays: String(policy.escalateAfterDays ?? DEFAULT_REMINDER_POLICY.escalateAfterDays),
  };
}

/** A switched-off rule is null; a blank number stays NaN so the shared schema names the field. */
function reminderInput(state: ReminderFormState) {
  return {
    unacknowledgedAfterHours: state.remindUnacknowledged
      ? Number(state.unacknowledgedAfterHours || Number.NaN)
      : null,
    beforeDueDays: state.beforeDueDays.map(Number),
    escalateAfterDays: state.escalate ? Number(state.escalateAfterDays || Number.NaN) : null,
  };
}

function sameReminders(a: ReminderFormState, b: ReminderFormState): boolean {
  return JSON.stringify(reminderInput(a)) === JSON.stringify(reminderInput(b));
}

export type TaskFormField = keyof Omit<TaskFormState, 'hasTarget'>;
export type TaskFormErrors = Partial<Record<TaskFormField, FieldError>>;

export function emptyTaskForm(issuerUnitId: string | null): TaskFormState {
  return {
    issuerUnitId,
    title: '',
    description: '',
    category: 'public_service_apps',
    priority: 'normal',
    dueDate: '',
    hasTarget: false,
    targetValue: '',
    targetLabel: '',
    links: [],
    target: { mode: 'subtree', unitId: issuerUnitId, teamKinds: ['village'], teamIds: [] },
    reminders: reminderForm(DEFAULT_REMINDER_POLICY),
  };
}

/** A saved draft back into the form (the deadline shown as its day in Vietnam). */
export function taskToForm(task: TaskDto): TaskFormState {
  const dueDate = vietnamDateOf(new Date(task.dueAt));
  const target: TaskTargetState =
    task.target.type === 'subtree'
      ? { mode: 'subtree', unitId: task.target.unitId, teamKinds: task.target.teamKinds, teamIds: [] }
      : { mode: 'teams', unitId: task.issuerUnit.id, teamKinds: ['village'], teamIds: task.target.teamIds };
  return {
    issuerUnitId: task.issuerUnit.id,
    title: task.title,
    description: task.description,
    category: task.category,
    priority: task.priority,
    dueDate,
    hasTarget: task.targetPerTeam !== null,
    targetValue: task.targetPerTeam ? String(task.targetPerTeam.value) : '',
    targetLabel: task.targetPerTeam?.unitLabel ?? '',
    links: task.links,
    target,
    reminders: reminderForm(task.reminderPolicy),
  };
}

export function targetInput(target: TaskTargetState) {
  return target.mode === 'subtree'
    ? { type: 'subtree' as const, unitId: target.unitId ?? '', teamKinds: target.teamKinds }
    : { type: 'teams' as const, teamIds: target.teamIds };
}

/** The form as the API's request; blank optional fields left out so the schema's defaults apply. */
export function taskFormInput(state: TaskFormState): z.input<typeof createTaskRequestSchema> {
  return {
    issuerUnitId: state.issuerUnitId ?? '',
    title: state.title,
    description: state.description,
    category: state.category,
    priority: state.priority,
    dueAt: state.dueDate,
    target: targetInput(state.target),
    targetPerTeam: state.hasTarget
      ? { value: Number(state.targetValue || Number.NaN), unitLabel: state.targetLabel }
      : null,
    links: state.links.map((link) => ({ url: link.url, title: link.title || undefined })),
    reminderPolicy: reminderInput(state.reminders),
  };
}

/** The first error of each field, the nested ones (targetPerTeam.value, links.0.url) on their form field. */
function fieldOf(path: readonly PropertyKey[]): TaskFormField {
  const [head, next] = path.map(String);
  if (head === 'targetPerTeam') return next === 'unitLabel' ? 'targetLabel' : 'targetValue';
  if (head === 'dueAt') return 'dueDate';
  if (head === 'issuerUnitId') return 'issuerUnitId';
  if (head === 'reminderPolicy') return 'reminders';
  return (head ?? 'title') as TaskFormField;
}

export function validateTaskForm(
  state: TaskFormState,
): { ok: true; request: CreateTaskRequest } | { ok: false; errors: TaskFormErrors } {
  const parsed = createTaskRequestSchema.safeParse(taskFormInput(state));
  if (parsed.success) return { ok: true, request: parsed.data };
  const errors: TaskFormErrors = {};
  for (const issue of parsed.error.issues) errors[fieldOf(issue.path)] ??= issueToFieldError(issue);
  // The deadline is a union (instant or date): a blank one reads as "invalid" there, but it is simply missing.
  if (!state.dueDate) errors.dueDate = { key: 'required' };
  return { ok: false, errors };
}

/** A server VALIDATION_FAILED path ("targetPerTeam.value") on its form field. */
export function serverFieldOf(path: string): TaskFormField {
  return fieldOf(path.split('.'));
}

/** What a published task's form may send: the fields publishing left open (PUBLISHED_EDITABLE_FIELDS). */
type PublishedEditInput = Pick<z.input<typeof updateTaskRequestSchema>, PublishedEditableField>;

function sameLinks(
  a: readonly { url: string; title: string }[],
  b: readonly { url: string; title: string }[],
) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The changed open fields of a published task, checked by the API's own update schema; null when nothing changed. */
export function validatePublishedEdit(
  state: TaskFormState,
  original: TaskFormState,
): { ok: true; patch: UpdateTaskRequest | null } | { ok: false; errors: TaskFormErrors } {
  const input: PublishedEditInput = {};
  if (state.title !== original.title) input.title = state.title;
  if (state.description !== original.description) input.description = state.description;
  if (state.priority !== original.priority) input.priority = state.priority;
  if (state.dueDate !== original.dueDate) input.dueAt = state.dueDate;
  if (!sameLinks(state.links, original.links)) {
    input.links = state.links.map((link) => ({ url: link.url, title: link.title || undefined }));
  }
  if (!sameReminders(state.reminders, original.reminders))
    input.reminderPolicy = reminderInput(state.reminders);
  if (Object.keys(input).length === 0) return { ok: true, patch: null };
  const parsed = updateTaskRequestSchema.safeParse(input);
  if (parsed.success) return { ok: true, patch: parsed.data };
  const errors: TaskFormErrors = {};
  for (const issue of parsed.error.issues) errors[fieldOf(issue.path)] ??= issueToFieldError(issue);
  if (!state.dueDate) errors.dueDate = { key: 'required' };
  return { ok: false, errors };
}
