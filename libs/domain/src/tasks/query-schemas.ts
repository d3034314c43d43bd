import { z } from 'zod';
import { TEAM_KINDS } from '../teams/team-kind';
import { ASSIGNMENT_STATES, OPEN_ASSIGNMENT_STATES } from './assignment';
import { ASSIGNMENT_BUCKETS } from './buckets';
import { TASK_CATEGORIES } from './task-category';
import { TASK_PRIORITIES, TASK_STATUSES } from './task';

/** `?x=a` or `?x=a&x=b`: a query value that may repeat, always read as a list. */
function oneOrMany<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .union([z.enum(values), z.array(z.enum(values))])
    .transform((value) => [...new Set(Array.isArray(value) ? value : [value])]);
}

const limit = (byDefault: number, max: number) => z.coerce.number().int().min(1).max(max).default(byDefault);

/** The task list: issued from a unit, or reaching teams in a unit's subtree; newest deadline last. */
export const listTasksQuerySchema = z.object({
  /** Tasks issued by this unit. */
  issuerUnitId: z.uuid().optional(),
  /** Tasks with at least one assignment in this unit's subtree. */
  unitId: z.uuid().optional(),
  statuses: oneOrMany(TASK_STATUSES).optional(),
  category: z.enum(TASK_CATEGORIES).optional(),
  priority: z.enum(TASK_PRIORITIES).optional(),
  dueFrom: z.iso.datetime({ offset: true }).optional(),
  dueTo: z.iso.datetime({ offset: true }).optional(),
  /** Diacritics-insensitive search in the title (foldForSearch). */
  q: z.string().trim().max(100).optional(),
  limit: limit(50, 200),
  /** Opaque cursor from the previous page. */
  cursor: z.string().max(200).optional(),
});
export type ListTasksQuery = z.infer<typeof listTasksQuerySchema>;

/** A team leader's inbox: open assignments of their teams by default, soonest deadline first. */
export const listAssignmentsQuerySchema = z.object({
  teamId: z.uuid().optional(),
  taskId: z.uuid().optional(),
  states: oneOrMany(ASSIGNMENT_STATES).default([...OPEN_ASSIGNMENT_STATES]),
  buckets: oneOrMany(ASSIGNMENT_BUCKETS).optional(),
  limit: limit(50, 200),
  cursor: z.string().max(200).optional(),
});
export type ListAssignmentsQuery = z.infer<typeof listAssignmentsQuerySchema>;

/** The task page's matrix of teams × status, filtered by unit subtree, bucket, state and team kind. */
export const taskMatrixQuerySchema = z.object({
  unitId: z.uuid().optional(),
  buckets: oneOrMany(ASSIGNMENT_BUCKETS).optional(),
  states: oneOrMany(ASSIGNMENT_STATES).optional(),
  teamKind: z.enum(TEAM_KINDS).optional(),
  q: z.string().trim().max(100).optional(),
  limit: limit(500, 2000),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TaskMatrixQuery = z.infer<typeof taskMatrixQuerySchema>;
