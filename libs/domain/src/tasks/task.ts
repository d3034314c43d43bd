import type { TeamKind } from '../teams/team-kind';
import type { ReminderPolicy } from './reminder-policy';
import type { TaskCategory } from './task-category';

/** draft → published → cancelled | closed; only a published task takes assignment actions. */
export const TASK_STATUSES = ['draft', 'published', 'cancelled', 'closed'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

/** A link or an uploaded attachment's URL, with the title shown instead of the raw URL. */
export interface TaskLink {
  url: string;
  title: string;
}

/** The number each team should reach, e.g. 50 "người dân" guided; the same for every team of the task. */
export interface TaskTargetPerTeam {
  value: number;
  /** What is counted, in the issuer's words ("người dân", "hộ gia đình", "buổi"). */
  unitLabel: string;
}

/** Who receives the task: every active team of chosen kinds in a unit's subtree, or an explicit list of teams. */
export type TaskTarget =
  { type: 'subtree'; unitId: string; teamKinds: TeamKind[] } | { type: 'teams'; teamIds: string[] };

/** A task as the rules see it; the API persists exactly these fields. */
export interface Task {
  id: string;
  /** The unit whose steering committee (or commune People's Committee) issues the task. */
  issuerUnitId: string;
  title: string;
  description: string;
  category: TaskCategory;
  priority: TaskPriority;
  /** ISO timestamp: the deadline instant (a date picked in the UI means its end of day in Vietnam). */
  dueAt: string;
  target: TaskTarget;
  targetPerTeam: TaskTargetPerTeam | null;
  links: TaskLink[];
  reminderPolicy: ReminderPolicy;
  status: TaskStatus;
  createdById: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  closedAt: string | null;
  /** The issuer's closing words, if any. */
  closeNote: string | null;
}

/** Fields a published task can still change: wording, deadline, priority, links and reminders. */
export const PUBLISHED_EDITABLE_FIELDS = [
  'title',
  'description',
  'dueAt',
  'priority',
  'links',
  'reminderPolicy',
] as const satisfies readonly (keyof Task)[];

/** Fields a draft can change; after publishing, the target, category and per-team target are fixed. */
export const DRAFT_EDITABLE_FIELDS = [
  ...PUBLISHED_EDITABLE_FIELDS,
  'category',
  'target',
  'targetPerTeam',
] as const satisfies readonly (keyof Task)[];
export type EditableTaskField = (typeof DRAFT_EDITABLE_FIELDS)[number];
