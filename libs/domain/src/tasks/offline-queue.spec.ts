import { ErrorCode } from '../errors/error-codes';
import {
  applyActionOptimistically,
  assignmentActionKey,
  effectiveActedAt,
  mergeQueuedActions,
  overlayQueuedActions,
  queuedActionOutcome,
  settleQueuedAction,
  type QueuedAssignmentAction,
} from './offline-queue';
import { DUE, hoursAfter, makeAssignmentDto, T0 } from './spec-fixtures';

const action = (
  clientActionId: string,
  command: QueuedAssignmentAction['command'],
  queuedAt: string,
  assignmentId = 'a-1',
): QueuedAssignmentAction => ({ clientActionId, assignmentId, command, queuedAt });

const ack = action('c-1', { type: 'acknowledge' }, hoursAfter(T0, 1));
const progress = action('c-2', { type: 'progress', value: 20 }, hoursAfter(T0, 2));
const complete = action('c-3', { type: 'complete', value: 45 }, hoursAfter(T0, 3));

describe('queue bookkeeping', () => {
  it('keys an action by assignment and client action id', () => {
    expect(assignmentActionKey(ack)).toBe('a-1/c-1');
  });

  it('merges queues from several places: each action once, in the order taken', () => {
    const copy = { ...progress, command: { type: 'progress' as const, value: 999 } };
    expect(mergeQueuedActions([complete, progress], [ack, copy], [])).toEqual([ack, progress, complete]);
    const sameTime = action('c-0', { type: 'acknowledge' }, ack.queuedAt, 'a-2');
    expect(mergeQueuedActions([ack, sameTime]).map((a) => a.clientActionId)).toEqual(['c-0', 'c-1']);
  });

  it('settles one action and keeps the rest', () => {
    expect(settleQueuedAction([ack, progress], 'c-1')).toEqual([progress]);
    expect(settleQueuedAction([ack], 'unknown')).toEqual([ack]);
  });

  it('drops an action once answered or refused for good, and keeps it on silence or a passing failure', () => {
    expect(queuedActionOutcome({ ok: true })).toBe('done');
    expect(queuedActionOutcome(null)).toBe('retry');
    for (const code of [
      ErrorCode.Internal,
      ErrorCode.TooManyAttempts,
      ErrorCode.TokenExpired,
      ErrorCode.Unauthenticated,
    ]) {
      expect(queuedActionOutcome({ ok: false, error: { code } })).toBe('retry');
    }
    for (const code of [
      ErrorCode.AssignmentInvalidTransition,
      ErrorCode.AssignmentActorNotAllowed,
      ErrorCode.TaskNotOpen,
    ]) {
      expect(queuedActionOutcome({ ok: false, error: { code } })).toBe('rejected');
    }
  });
});

describe('applyActionOptimistically', () => {
  it('moves the card as the server will, with new buttons', () => {
    const result = applyActionOptimistically(makeAssignmentDto(), ack, 'u-leader');
    expect(result.ok && result.value).toEqual(
      makeAssignmentDto({
        state: 'acknowledged',
        acknowledgedAt: ack.queuedAt,
        lastChangedAt: ack.queuedAt,
        availableActions: ['progress', 'complete', 'decline'],
      }),
    );
  });

  it('flags a completion below target and dates the bucket when the user tapped', () => {
    const late = action('c-9', { type: 'complete', value: 10 }, hoursAfter(DUE, 2));
    const result = applyActionOptimistically(makeAssignmentDto(), late, 'u-leader');
    expect(result.ok && result.value).toMatchObject({
      state: 'completed',
      bucket: 'done_late',
      belowTarget: true,
      availableActions: [],
    });
  });

  it('leaves the card alone when the action cannot apply', () => {
    const member = makeAssignmentDto({ capabilities: { isTeamLeaderOrDeputy: false, isIssuer: false } });
    expect(applyActionOptimistically(member, ack, 'u')).toMatchObject({
      ok: false,
      error: { code: ErrorCode.AssignmentActorNotAllowed },
    });
    const closed = makeAssignmentDto();
    closed.task.status = 'closed';
    expect(applyActionOptimistically(closed, ack, 'u')).toMatchObject({
      ok: false,
      error: { code: ErrorCode.TaskNotOpen },
    });
  });
});

describe('overlayQueuedActions', () => {
  it('applies this assignment’s queued actions in order and reports those that no longer fit', () => {
    const other = action('c-x', { type: 'acknowledge' }, hoursAfter(T0, 1), 'a-2');
    const again = action('c-4', { type: 'acknowledge' }, hoursAfter(T0, 4));
    const { assignment, pending, conflicting } = overlayQueuedActions(
      makeAssignmentDto(),
      [ack, other, progress, complete, again],
      'u-leader',
    );
    expect(assignment).toMatchObject({
      state: 'completed',
      progress: 45,
      belowTarget: true,
      bucket: 'done_on_time',
    });
    expect(pending).toEqual(['c-1', 'c-2', 'c-3']);
    expect(conflicting).toEqual(['c-4']);
  });

  it('returns the card unchanged with an empty queue', () => {
    const dto = makeAssignmentDto();
    expect(overlayQueuedActions(dto, [], 'u')).toEqual({ assignment: dto, pending: [], conflicting: [] });
  });
});

describe('effectiveActedAt', () => {
  const received = hoursAfter(T0, 100);
  const last = hoursAfter(T0, 10);

  it('keeps the phone’s time for an action taken offline, within bounds', () => {
    expect(effectiveActedAt(hoursAfter(T0, 50), received, last)).toBe(hoursAfter(T0, 50));
  });

  it('never dates an action before the last change, more than 72 hours back, or after receipt', () => {
    expect(effectiveActedAt(hoursAfter(T0, 5), hoursAfter(T0, 20), last)).toBe(last);
    expect(effectiveActedAt(hoursAfter(T0, 11), received, last)).toBe(hoursAfter(received, -72));
    expect(effectiveActedAt(hoursAfter(received, 2), received, last)).toBe(received);
  });

  it('uses the receipt time when the phone sent none or nonsense', () => {
    expect(effectiveActedAt(undefined, received, last)).toBe(received);
    expect(effectiveActedAt('yesterday', received, last)).toBe(received);
  });
});
