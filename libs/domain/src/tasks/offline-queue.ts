import { ErrorCode, type ErrorBody } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';
import { isBelowTarget, type Assignment } from './assignment';
import type { AssignmentActionCommand } from './assignment-commands';
import { availableAssignmentActions, transitionAssignment } from './assignment-transitions';
import { bucketOf } from './buckets';
import type { AssignmentDto } from './dto';

/**
 * An action taken on a phone, kept (in IndexedDB/localStorage) until the server confirms it. The server
 * dedupes by `clientActionId`: sending it again after a lost ack answers `duplicate: true`, never a second step.
 */
export interface QueuedAssignmentAction {
  /** A UUID drawn when the user tapped (crypto.randomUUID()). */
  clientActionId: string;
  assignmentId: string;
  command: AssignmentActionCommand;
  /** The phone's clock when the user tapped: sent as `actedAt`, bounded by the server (effectiveActedAt). */
  queuedAt: string;
}

/** The idempotency key the server stores (unique): "<assignmentId>/<clientActionId>". */
export function assignmentActionKey(action: Pick<QueuedAssignmentAction, 'assignmentId' | 'clientActionId'>) {
  return `${action.assignmentId}/${action.clientActionId}`;
}

/** Queues (tabs, storage and memory) merged: each action once (first copy wins), in the order they were taken. */
export function mergeQueuedActions(
  ...queues: readonly (readonly QueuedAssignmentAction[])[]
): QueuedAssignmentAction[] {
  const seen = new Map<string, QueuedAssignmentAction>();
  for (const queue of queues)
    for (const action of queue) if (!seen.has(action.clientActionId)) seen.set(action.clientActionId, action);
  return [...seen.values()].sort(
    (a, b) =>
      Date.parse(a.queuedAt) - Date.parse(b.queuedAt) || a.clientActionId.localeCompare(b.clientActionId),
  );
}

/** The queue without a confirmed (or abandoned) action. */
export function settleQueuedAction(
  queue: readonly QueuedAssignmentAction[],
  clientActionId: string,
): QueuedAssignmentAction[] {
  return queue.filter((action) => action.clientActionId !== clientActionId);
}

/**
 * The card as it will look once the action lands, computed with the same state machine the server runs; a
 * refusal (wrong state, not allowed, task not open) leaves the card as it is.
 */
export function applyActionOptimistically(
  dto: AssignmentDto,
  action: QueuedAssignmentAction,
  userId: string,
): DomainResult<AssignmentDto> {
  if (dto.task.status !== 'published') {
    return fail(ErrorCode.TaskNotOpen, `The task is ${dto.task.status}`, { taskId: dto.task.id });
  }
  const step = transitionAssignment(
    toAssignment(dto),
    action.command,
    { userId, ...dto.capabilities },
    action.queuedAt,
  );
  if (!step.ok) return step;
  const next = step.value.assignment;
  return ok({
    ...dto,
    state: next.state,
    progress: next.progress,
    acknowledgedAt: next.acknowledgedAt,
    completedAt: next.completedAt,
    declineReason: next.declineReason,
    lastChangedAt: next.lastChangedAt,
    belowTarget: isBelowTarget(next),
    bucket: bucketOf(next, dto.task.dueAt, action.queuedAt),
    availableActions: availableAssignmentActions(next, dto.capabilities),
  });
}

/** The card with this assignment's queued actions applied in order, and which of them cannot apply any more. */
export function overlayQueuedActions(
  dto: AssignmentDto,
  queue: readonly QueuedAssignmentAction[],
  userId: string,
): { assignment: AssignmentDto; pending: string[]; conflicting: string[] } {
  let assignment = dto;
  const pending: string[] = [];
  const conflicting: string[] = [];
  for (const action of queue) {
    if (action.assignmentId !== dto.id) continue;
    const applied = applyActionOptimistically(assignment, action, userId);
    if (applied.ok) {
      assignment = applied.value;
      pending.push(action.clientActionId);
    } else conflicting.push(action.clientActionId);
  }
  return { assignment, pending, conflicting };
}

/** Failures worth sending again later: the server or the session, not the action itself. */
const RETRYABLE_CODES: readonly string[] = [
  ErrorCode.Internal,
  ErrorCode.TooManyAttempts,
  ErrorCode.Unauthenticated,
  ErrorCode.TokenExpired,
];

/** done: settle it; retry: keep it for the next send; rejected: settle it and show the server's refusal. */
export type QueuedActionOutcome = 'done' | 'retry' | 'rejected';

/** What to do with a queued action after the server's answer (null: no answer, offline or timed out). */
export function queuedActionOutcome(
  answer: { ok: true } | { ok: false; error: Pick<ErrorBody, 'code'> } | null,
): QueuedActionOutcome {
  if (answer === null) return 'retry';
  if (answer.ok) return 'done';
  return RETRYABLE_CODES.includes(answer.error.code) ? 'retry' : 'rejected';
}

/** An offline action counts from when it was taken, but never before the last change nor after receipt. */
export const OFFLINE_ACTION_MAX_AGE_HOURS = 72;

/**
 * The time the server records for an action: the phone's `actedAt` (so a completion made on time offline is on
 * time), clamped to no earlier than the assignment's last change or OFFLINE_ACTION_MAX_AGE_HOURS before
 * receipt, and no later than receipt (a phone's clock cannot date an action into the future).
 */
export function effectiveActedAt(
  actedAt: string | undefined,
  receivedAt: string,
  lastChangedAt: string,
): string {
  const received = Date.parse(receivedAt);
  const claimed = actedAt === undefined ? Number.NaN : Date.parse(actedAt);
  if (Number.isNaN(claimed)) return new Date(received).toISOString();
  const floor = Math.max(Date.parse(lastChangedAt), received - OFFLINE_ACTION_MAX_AGE_HOURS * 60 * 60 * 1000);
  return new Date(Math.min(received, Math.max(claimed, floor))).toISOString();
}

function toAssignment(dto: AssignmentDto): Assignment {
  return {
    id: dto.id,
    taskId: dto.task.id,
    teamId: dto.team.id,
    teamUnitId: dto.unit.id,
    state: dto.state,
    progress: dto.progress,
    targetValue: dto.targetValue,
    assignedAt: dto.assignedAt,
    acknowledgedAt: dto.acknowledgedAt,
    completedAt: dto.completedAt,
    declineReason: dto.declineReason,
    lastChangedAt: dto.lastChangedAt,
  };
}
