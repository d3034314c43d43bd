import { ErrorCode } from '../errors/error-codes';
import { DEFAULT_REMINDER_POLICY } from './reminder-policy';
import { DUE, hoursAfter, issuer, makeTask, outsider, T0 } from './spec-fixtures';
import { checkDueAhead, draftTask, isoInstant, updateTask, type TaskFields } from './task-draft';

const fields: TaskFields & { issuerUnitId: string } = {
  issuerUnitId: 'd1',
  title: '  Hướng dẫn cài đặt VNeID ',
  description: ' Mỗi Tổ 50 người dân ',
  category: 'public_service_apps',
  priority: 'normal',
  dueAt: '2022-06-10T23:59:59.999+07:00',
  target: { type: 'subtree', unitId: 'c1', teamKinds: ['village'] },
  targetPerTeam: { value: 50, unitLabel: 'người dân' },
  links: [],
};

describe('draftTask', () => {
  it('creates a draft with trimmed text, a canonical deadline and the default reminders', () => {
    const result = draftTask(fields, { id: 't1', actor: issuer, at: T0 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.task).toEqual({
      id: 't1',
      issuerUnitId: 'd1',
      title: 'Hướng dẫn cài đặt VNeID',
      description: 'Mỗi Tổ 50 người dân',
      category: 'public_service_apps',
      priority: 'normal',
      dueAt: DUE,
      target: fields.target,
      targetPerTeam: fields.targetPerTeam,
      links: [],
      reminderPolicy: DEFAULT_REMINDER_POLICY,
      status: 'draft',
      createdById: 'u-issuer',
      createdAt: T0,
      updatedAt: T0,
      publishedAt: null,
      cancelledAt: null,
      cancelReason: null,
      closedAt: null,
      closeNote: null,
    });
    expect(result.value.events).toEqual([
      {
        type: 'TaskCreated',
        taskId: 't1',
        actorId: 'u-issuer',
        at: T0,
        payload: { issuerUnitId: 'd1', title: 'Hướng dẫn cài đặt VNeID' },
      },
    ]);
  });

  it('keeps the issuer’s reminder settings over the defaults', () => {
    const result = draftTask(
      { ...fields, reminderPolicy: { unacknowledgedAfterHours: 4, beforeDueDays: [1, 7, 1] } },
      { id: 't1', actor: issuer, at: T0 },
    );
    expect(result.ok && result.value.task.reminderPolicy).toEqual({
      unacknowledgedAfterHours: 4,
      beforeDueDays: [7, 1],
      escalateAfterDays: 3,
    });
  });

  it('refuses someone outside the issuing unit and a deadline already passed', () => {
    expect(draftTask(fields, { id: 't1', actor: outsider, at: T0 })).toMatchObject({
      ok: false,
      error: { code: ErrorCode.TaskActorNotAllowed },
    });
    expect(draftTask(fields, { id: 't1', actor: issuer, at: hoursAfter(DUE, 0.001) })).toMatchObject({
      ok: false,
      error: { code: ErrorCode.TaskDueInPast, details: { dueAt: fields.dueAt } },
    });
    expect(draftTask({ ...fields, dueAt: 'soon' }, { id: 't1', actor: issuer, at: T0 })).toMatchObject({
      ok: false,
      error: { code: ErrorCode.ValidationFailed },
    });
  });
});

describe('updateTask', () => {
  const draft = makeTask({ status: 'draft', publishedAt: null });
  const later = hoursAfter(T0, 1);

  it('changes any field of a draft and names what changed', () => {
    const result = updateTask(
      draft,
      { category: 'ecommerce', target: { type: 'teams', teamIds: ['x'] }, title: ' Mới ' },
      issuer,
      later,
    );
    expect(result.ok && result.value.changedFields).toEqual(['title', 'category', 'target']);
    expect(result.ok && result.value.task).toMatchObject({
      title: 'Mới',
      category: 'ecommerce',
      updatedAt: later,
    });
    expect(result.ok && result.value.remindersChanged).toBe(false);
    expect(result.ok && result.value.events[0]).toMatchObject({
      type: 'TaskUpdated',
      payload: { changedFields: ['title', 'category', 'target'], remindersChanged: false },
    });
  });

  it('lets a published task move its deadline and asks for the reminders to be rescheduled', () => {
    const published = makeTask();
    const result = updateTask(published, { dueAt: '2022-06-15T17:00:00+07:00' }, issuer, later);
    expect(result.ok && result.value.task.dueAt).toBe('2022-06-15T10:00:00.000Z');
    expect(result.ok && result.value.remindersChanged).toBe(true);
    const policy = updateTask(published, { reminderPolicy: { escalateAfterDays: null } }, issuer, later);
    expect(policy.ok && policy.value.task.reminderPolicy).toEqual({
      unacknowledgedAfterHours: 24,
      beforeDueDays: [3, 1],
      escalateAfterDays: null,
    });
    expect(policy.ok && policy.value.remindersChanged).toBe(true);
  });

  it('locks the target, category and per-team target once published, unless the value is unchanged', () => {
    const published = makeTask();
    expect(
      updateTask(published, { targetPerTeam: { value: 80, unitLabel: 'người dân' } }, issuer, later),
    ).toEqual({
      ok: false,
      error: {
        code: ErrorCode.TaskFieldLocked,
        message: 'These fields cannot change once the task is published',
        details: { fields: ['targetPerTeam'] },
      },
    });
    // A form resending the stored target (keys in another order, as jsonb returns them) changes nothing.
    const resent = updateTask(
      published,
      { target: { teamKinds: ['village'], unitId: 'c1', type: 'subtree' }, category: 'public_service_apps' },
      issuer,
      later,
    );
    expect(resent).toEqual({
      ok: true,
      value: { task: published, events: [], changedFields: [], remindersChanged: false },
    });
  });

  it('refuses edits to a cancelled or closed task, by an outsider, or to a past deadline', () => {
    for (const status of ['cancelled', 'closed'] as const) {
      expect(updateTask(makeTask({ status }), { title: 'x' }, issuer, later)).toMatchObject({
        ok: false,
        error: { code: ErrorCode.TaskInvalidTransition },
      });
    }
    expect(updateTask(draft, { title: 'x' }, outsider, later)).toMatchObject({
      ok: false,
      error: { code: ErrorCode.TaskActorNotAllowed },
    });
    expect(updateTask(draft, { dueAt: T0 }, issuer, later)).toMatchObject({
      ok: false,
      error: { code: ErrorCode.TaskDueInPast },
    });
  });

  it('does not re-check an unchanged deadline that has since passed', () => {
    const result = updateTask(makeTask(), { dueAt: DUE, title: 'Đổi tên' }, issuer, hoursAfter(DUE, 5));
    expect(result.ok && result.value.changedFields).toEqual(['title']);
  });
});

describe('deadline helpers', () => {
  it('writes every instant one way and keeps garbage for validation to report', () => {
    expect(isoInstant('2022-06-10T10:00:00+07:00')).toBe('2022-06-10T03:00:00.000Z');
    expect(isoInstant('later')).toBe('later');
    expect(checkDueAhead(DUE, DUE)).toMatchObject({ ok: false, error: { code: ErrorCode.TaskDueInPast } });
    expect(checkDueAhead(DUE, T0)).toEqual({ ok: true, value: true });
  });
});
