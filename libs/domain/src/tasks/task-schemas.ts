import { z } from 'zod';
import { TEAM_KINDS } from '../teams/team-kind';
import { TASK_CATEGORIES } from './task-category';
import { TASK_PRIORITIES } from './task';
import { isoInstant } from './task-draft';
import { endOfVietnamDay } from './vietnam-time';

const noteSchema = z.string().trim().max(1000).optional();
const requiredReasonSchema = z.string().trim().min(1, 'a reason is required').max(1000);

/** A deadline: an ISO timestamp with offset, or a date meaning the end of that day in Vietnam. */
export const dueAtSchema = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((value) => (value.length === 10 ? endOfVietnamDay(value) : isoInstant(value)));

/** Only http(s) links: no javascript:, data: or file: URLs reach another user's screen. */
export const taskLinkSchema = z
  .object({
    url: z
      .string()
      .trim()
      .max(2000)
      .pipe(z.url({ protocol: /^https?$/, error: 'link must be an http(s) URL' })),
    title: z.string().trim().max(200).optional(),
  })
  .transform(({ url, title }) => ({ url, title: title || url }));
export type TaskLinkInput = z.input<typeof taskLinkSchema>;

export const targetPerTeamSchema = z.object({
  value: z.int().min(1).max(1_000_000),
  unitLabel: z.string().trim().min(1, 'say what is counted').max(40),
});

export const taskTargetSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('subtree'),
    unitId: z.uuid(),
    teamKinds: z
      .array(z.enum(TEAM_KINDS))
      .min(1, 'choose commune teams, village teams or both')
      .transform((kinds) => [...new Set(kinds)]),
  }),
  z.object({
    type: z.literal('teams'),
    teamIds: z
      .array(z.uuid())
      .min(1, 'choose at least one team')
      .max(5000)
      .transform((ids) => [...new Set(ids)]),
  }),
]);
export type TaskTargetInput = z.input<typeof taskTargetSchema>;

export const reminderPolicySchema = z.object({
  unacknowledgedAfterHours: z.int().min(1).max(720).nullable(),
  beforeDueDays: z
    .array(z.int().min(1).max(30))
    .max(5)
    .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
  escalateAfterDays: z.int().min(1).max(60).nullable(),
});

const taskFieldShape = {
  title: z.string().trim().min(1, 'title is required').max(200),
  description: z.string().trim().max(10_000),
  category: z.enum(TASK_CATEGORIES),
  priority: z.enum(TASK_PRIORITIES),
  dueAt: dueAtSchema,
  target: taskTargetSchema,
  targetPerTeam: targetPerTeamSchema.nullable(),
  links: z.array(taskLinkSchema).max(20),
  reminderPolicy: reminderPolicySchema.partial(),
};

/** Drafting a task; the deadline is checked against the clock by the domain (TASK_DUE_IN_PAST). */
export const createTaskRequestSchema = z.object({
  ...taskFieldShape,
  issuerUnitId: z.uuid(),
  description: taskFieldShape.description.default(''),
  priority: taskFieldShape.priority.default('normal'),
  targetPerTeam: taskFieldShape.targetPerTeam.default(null),
  links: taskFieldShape.links.default([]),
  reminderPolicy: taskFieldShape.reminderPolicy.optional(),
});
export type CreateTaskRequest = z.infer<typeof createTaskRequestSchema>;
export type CreateTaskInput = z.input<typeof createTaskRequestSchema>;

/** Editing: any subset of fields (locked ones are refused by the domain once published). */
export const updateTaskRequestSchema = z
  .object(taskFieldShape)
  .partial()
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), 'nothing to change');
export type UpdateTaskRequest = z.infer<typeof updateTaskRequestSchema>;

export const publishTaskRequestSchema = z.object({});
export type PublishTaskRequest = z.infer<typeof publishTaskRequestSchema>;

export const cancelTaskRequestSchema = z.object({ reason: requiredReasonSchema });
export type CancelTaskRequest = z.infer<typeof cancelTaskRequestSchema>;

export const closeTaskRequestSchema = z.object({ note: noteSchema });
export type CloseTaskRequest = z.infer<typeof closeTaskRequestSchema>;

/** Nudge the teams that are behind: the listed ones, or every one when no list is given. */
export const nudgeRequestSchema = z.object({
  teamIds: z.array(z.uuid()).min(1).max(5000).optional(),
  message: z.string().trim().max(500).optional(),
});
export type NudgeRequest = z.infer<typeof nudgeRequestSchema>;

/** The target picker's live count: how many teams would receive the task. */
export const targetPreviewRequestSchema = z.object({ issuerUnitId: z.uuid(), target: taskTargetSchema });
export type TargetPreviewRequest = z.infer<typeof targetPreviewRequestSchema>;
