import { ErrorCode } from '../errors/error-codes';
import { ASSIGNMENT_STATES } from './assignment';
import { hoursAfter, issuer, makeAssignment, makeTask, outsider, T0 } from './spec-fixtures';
import { cancelTask, checkTaskOpen, closeTask, taskPermissions } from './task-lifecycle';

const AT = hoursAfter(T0, 30);

describe('cancelTask', () => {
  const assignments = ASSIGNMENT_STATES.map((state, i) =>
    makeAssignment({
      id: `a-${state}`,
      teamId: `team-${i}`,
      state,
      acknowledgedAt: state === 'assigned' ? null : T0,
    }),
  );

  it('cancels the task and every open assignment, leaving finished ones alone', () => {
    const result = cancelTask(makeTask(), assignments, issuer, AT, '  Trùng với kế hoạch của tỉnh ');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.task).toMatchObject({
      status: 'cancelled',
      cancelledAt: AT,
      cancelReason: 'Trùng với kế hoạch của tỉnh',
      updatedAt: AT,
    });
    expect(result.value.cancelled.map((c) => [c.assignment.id, c.entry.from, c.entry.to])).toEqual([
      ['a-assigned', 'assigned', 'cancelled'],
      ['a-acknowledged', 'acknowledged', 'cancelled'],
      ['a-in_progress', 'in_progress', 'cancelled'],
    ]);
    expect(result.value.cancelled[0]!.entry).toMatchObject({
      actorId: 'u-issuer',
      action: 'cancel',
      note: 'Trùng với kế hoạch của tỉnh',
    });
    expect(result.value.events).toEqual([
      {
        type: 'TaskCancelled',
        taskId: 'task-1',
        actorId: 'u-issuer',
        at: AT,
        payload: {
          issuerUnitId: 'd1',
          reason: 'Trùng với kế hoạch của tỉnh',
          cancelledAssignmentIds: ['a-assigned', 'a-acknowledged', 'a-in_progress'],
        },
      },
    ]);
  });

  it('ignores assignments of other tasks and cancels a draft with none', () => {
    const foreign = makeAssignment({ taskId: 'other' });
    const result = cancelTask(makeTask({ status: 'draft', publishedAt: null }), [foreign], issuer, AT, 'Bỏ');
    expect(result.ok && result.value.cancelled).toEqual([]);
    expect(result.ok && result.value.task.status).toBe('cancelled');
  });

  it('refuses a cancelled or closed task, a blank reason and an outsider', () => {
    expect(cancelTask(makeTask({ status: 'closed' }), [], issuer, AT, 'x')).toMatchObject({
      ok: false,
      error: { code: ErrorCode.TaskInvalidTransition },
    });
    expect(cancelTask(makeTask({ status: 'cancelled' }), [], issuer, AT, 'x').ok).toBe(false);
    expect(cancelTask(makeTask(), [], issuer, AT, '   ')).toMatchObject({
      ok: false,
      error: { code: ErrorCode.ValidationFailed },
    });
    expect(cancelTask(makeTask(), [], outsider, AT, 'x')).toMatchObject({
      ok: false,
      error: { code: ErrorCode.TaskActorNotAllowed },
    });
  });
});

describe('closeTask', () => {
  it('closes a published task with an optional note', () => {
    const result = closeTask(makeTask(), issuer, AT, ' Đã tổng hợp ');
    expect(result).toEqual({
      ok: true,
      value: {
        task: makeTask({ status: 'closed', closedAt: AT, closeNote: 'Đã tổng hợp', updatedAt: AT }),
        events: [
          {
            type: 'TaskClosed',
            taskId: 'task-1',
            actorId: 'u-issuer',
            at: AT,
            payload: { issuerUnitId: 'd1', note: 'Đã tổng hợp' },
          },
        ],
      },
    });
  });

  it('closes only published tasks, and only for the issuer', () => {
    for (const status of ['draft', 'cancelled', 'closed'] as const) {
      expect(closeTask(makeTask({ status }), issuer, AT)).toMatchObject({
        ok: false,
        error: { code: ErrorCode.TaskInvalidTransition },
      });
    }
    expect(closeTask(makeTask(), outsider, AT).ok).toBe(false);
  });
});

describe('checkTaskOpen', () => {
  it('lets assignments move only while the task is published', () => {
    expect(checkTaskOpen({ id: 't', status: 'published' })).toEqual({ ok: true, value: true });
    for (const status of ['draft', 'cancelled', 'closed'] as const) {
      expect(checkTaskOpen({ id: 't', status })).toEqual({
        ok: false,
        error: {
          code: ErrorCode.TaskNotOpen,
          message: `The task is ${status}`,
          details: { taskId: 't', status },
        },
      });
    }
  });
});

describe('taskPermissions', () => {
  it('gives the issuer what the status allows, and nothing to others', () => {
    expect(taskPermissions({ status: 'draft' }, issuer)).toEqual({
      edit: true,
      publish: true,
      cancel: true,
      close: false,
      nudge: false,
    });
    expect(taskPermissions({ status: 'published' }, issuer)).toEqual({
      edit: true,
      publish: false,
      cancel: true,
      close: true,
      nudge: true,
    });
    expect(Object.values(taskPermissions({ status: 'closed' }, issuer)).some(Boolean)).toBe(false);
    expect(Object.values(taskPermissions({ status: 'published' }, outsider)).some(Boolean)).toBe(false);
  });
});
