import { DEFAULT_REMINDER_POLICY, reminderPolicyWithDefaults } from './reminder-policy';
import { isReminderCurrent, planReminders, reminderKey } from './reminders';
import { DUE, hoursAfter, makeTask, T0 } from './spec-fixtures';

const policy = reminderPolicyWithDefaults();
const task = makeTask();

describe('reminderKey', () => {
  it('is deterministic, readable and free of ":" (BullMQ refuses it in job ids)', () => {
    const key = reminderKey('task-1', 'due_soon', 'd-3', DUE);
    expect(key).toBe('task-1.due_soon.d-3.20220610T165959Z');
    expect(key).not.toContain(':');
    expect(reminderKey('task-1', 'due_soon', 'd-3', '2022-06-10T23:59:59.999+07:00')).toBe(key);
  });
});

describe('planReminders', () => {
  it('plans the default reminders of a published task, soonest first', () => {
    expect(planReminders(task, policy, T0)).toEqual([
      {
        kind: 'unacknowledged',
        fireAt: hoursAfter(T0, 24),
        dedupeKey: 'task-1.unacknowledged.h24.20220601T020000Z',
      },
      { kind: 'due_soon', fireAt: hoursAfter(DUE, -72), dedupeKey: 'task-1.due_soon.d-3.20220610T165959Z' },
      { kind: 'due_soon', fireAt: hoursAfter(DUE, -24), dedupeKey: 'task-1.due_soon.d-1.20220610T165959Z' },
      { kind: 'overdue', fireAt: DUE, dedupeKey: 'task-1.overdue.d0.20220610T165959Z' },
      {
        kind: 'escalation',
        fireAt: hoursAfter(DUE, 72),
        dedupeKey: 'task-1.escalation.d+3.20220610T165959Z',
      },
    ]);
  });

  it('plans the same keys every time, and new ones when the deadline moves', () => {
    expect(planReminders(task, policy, T0)).toEqual(planReminders(task, policy, T0));
    const moved = planReminders({ ...task, dueAt: hoursAfter(DUE, 48) }, policy, T0);
    const before = new Set(planReminders(task, policy, T0).map((r) => r.dedupeKey));
    expect(moved.filter((r) => before.has(r.dedupeKey)).map((r) => r.kind)).toEqual(['unacknowledged']);
  });

  it('drops reminders at or before `now`, so a reschedule never fires stale ones', () => {
    const now = hoursAfter(DUE, -30);
    expect(planReminders(task, policy, now).map((r) => r.dedupeKey)).toEqual([
      'task-1.due_soon.d-1.20220610T165959Z',
      'task-1.overdue.d0.20220610T165959Z',
      'task-1.escalation.d+3.20220610T165959Z',
    ]);
    expect(planReminders(task, policy, hoursAfter(DUE, 72))).toEqual([]);
    expect(planReminders(task, policy, null)).toHaveLength(5);
  });

  it('follows the issuer’s policy, and skips an acknowledgement reminder that would come after the deadline', () => {
    const custom = reminderPolicyWithDefaults({
      unacknowledgedAfterHours: 6,
      beforeDueDays: [7, 7],
      escalateAfterDays: null,
    });
    expect(planReminders(task, custom, null).map((r) => `${r.kind}:${r.fireAt}`)).toEqual([
      `unacknowledged:${hoursAfter(T0, 6)}`,
      `due_soon:${hoursAfter(DUE, -168)}`,
      `overdue:${DUE}`,
    ]);
    const short = { ...task, dueAt: hoursAfter(T0, 12) };
    expect(planReminders(short, policy, null).map((r) => r.kind)).toEqual(['overdue', 'escalation']);
    const off = { ...DEFAULT_REMINDER_POLICY, unacknowledgedAfterHours: null, beforeDueDays: [] };
    expect(planReminders(task, off, null).map((r) => r.kind)).toEqual(['overdue', 'escalation']);
  });

  it('plans nothing for drafts, cancelled and closed tasks', () => {
    for (const status of ['draft', 'cancelled', 'closed'] as const) {
      expect(planReminders(makeTask({ status }), policy, null)).toEqual([]);
    }
    expect(planReminders(makeTask({ publishedAt: null }), policy, null)).toEqual([]);
  });
});

describe('isReminderCurrent', () => {
  it('recognises a job of the current plan, and not one left from an older deadline or a closed task', () => {
    const [first] = planReminders(task, policy, T0);
    expect(isReminderCurrent(task, policy, first!.dedupeKey)).toBe(true);
    const stale = reminderKey('task-1', 'overdue', 'd0', hoursAfter(DUE, -24));
    expect(isReminderCurrent(task, policy, stale)).toBe(false);
    expect(isReminderCurrent(makeTask({ status: 'closed' }), policy, first!.dedupeKey)).toBe(false);
  });
});

describe('reminderPolicyWithDefaults', () => {
  it('fills the defaults and sorts the day list furthest first', () => {
    expect(reminderPolicyWithDefaults({ beforeDueDays: [1, 5, 3, 5] })).toEqual({
      unacknowledgedAfterHours: 24,
      beforeDueDays: [5, 3, 1],
      escalateAfterDays: 3,
    });
    expect(Object.isFrozen(DEFAULT_REMINDER_POLICY)).toBe(true);
  });
});
