import { createZodDto } from 'nestjs-zod';
import {
  acknowledgeRequestSchema,
  assignmentActRequestSchema,
  cancelTaskRequestSchema,
  closeTaskRequestSchema,
  completeRequestSchema,
  createTaskRequestSchema,
  declineRequestSchema,
  listAssignmentsQuerySchema,
  listTasksQuerySchema,
  nudgeRequestSchema,
  progressRequestSchema,
  publishTaskRequestSchema,
  reopenRequestSchema,
  targetPreviewRequestSchema,
  taskMatrixQuerySchema,
  updateTaskRequestSchema,
  type AssignmentDto,
  type TaskDto,
} from '@cdt/domain';
import { z } from 'zod';

/** A page of a keyset-paginated list; pass `nextCursor` back as `cursor` for the next page. */
export interface PageDto<T> {
  items: T[];
  nextCursor: string | null;
}
export type TaskListDto = PageDto<TaskDto>;
export type AssignmentListDto = PageDto<AssignmentDto>;

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/** Bodies whose fields are all optional may be left out entirely. */
const orEmpty = <S extends z.ZodType>(schema: S) => z.preprocess((value) => value ?? {}, schema);

export class TaskIdParam extends createZodDto(z.object({ id: z.uuid() })) {}
export class AssignmentIdParam extends createZodDto(z.object({ id: z.uuid() })) {}

export class CreateTaskBody extends createZodDto(createTaskRequestSchema) {}
export class UpdateTaskBody extends createZodDto(updateTaskRequestSchema) {}
export class PublishTaskBody extends createZodDto(orEmpty(publishTaskRequestSchema)) {}
export class CancelTaskBody extends createZodDto(cancelTaskRequestSchema) {}
export class CloseTaskBody extends createZodDto(orEmpty(closeTaskRequestSchema)) {}
export class NudgeBody extends createZodDto(orEmpty(nudgeRequestSchema)) {}
export class ListTasksQueryDto extends createZodDto(listTasksQuerySchema) {}
export class ListAssignmentsQueryDto extends createZodDto(listAssignmentsQuerySchema) {}

/** `?bucket=` is accepted as a synonym of `?buckets=`. */
export class TaskMatrixQueryDto extends createZodDto(
  z.preprocess((value) => {
    const query = record(value);
    return query.buckets === undefined && query.bucket !== undefined
      ? { ...query, buckets: query.bucket }
      : query;
  }, taskMatrixQuerySchema),
) {}

/**
 * The target picker's query, flat: `issuerUnitId`, `type=subtree` with `unitId` and `teamKinds` (repeatable),
 * or `type=teams` with `teamIds` (repeatable). Long team lists go in the body of POST /tasks/target-preview.
 */
export class TargetPreviewQuery extends createZodDto(
  z.preprocess((value) => {
    const { issuerUnitId, type, unitId, teamKinds, teamIds } = record(value);
    const list = (item: unknown) => (item === undefined || Array.isArray(item) ? item : [item]);
    const target =
      type === 'teams' ? { type, teamIds: list(teamIds) } : { type, unitId, teamKinds: list(teamKinds) };
    return { issuerUnitId, target };
  }, targetPreviewRequestSchema),
) {}
export class TargetPreviewBody extends createZodDto(targetPreviewRequestSchema) {}

/** Every action may carry the offline queue's idempotency key and the time the user tapped. */
const idempotency = {
  clientActionId: assignmentActRequestSchema.shape.clientActionId.optional(),
  actedAt: assignmentActRequestSchema.shape.actedAt,
};
export type ActionOptions = { clientActionId?: string; actedAt?: string };

export class AcknowledgeBody extends createZodDto(
  orEmpty(acknowledgeRequestSchema.safeExtend(idempotency)),
) {}
export class ProgressBody extends createZodDto(progressRequestSchema.safeExtend(idempotency)) {}
export class CompleteBody extends createZodDto(orEmpty(completeRequestSchema.safeExtend(idempotency))) {}
export class DeclineBody extends createZodDto(declineRequestSchema.safeExtend(idempotency)) {}
export class ReopenBody extends createZodDto(reopenRequestSchema.safeExtend(idempotency)) {}
/** The generic form (as the socket event and the offline queue carry it). */
export class AssignmentActBody extends createZodDto(assignmentActRequestSchema) {}
