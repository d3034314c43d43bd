import { ASSIGNMENT_STATES } from './assignment';
import { reminderPolicyWithDefaults } from './reminder-policy';
import { dueReminders, reminderConcerns, reminderFiredEvent } from './reminder-targets';
import { planReminders } from './reminders';
import { DUE, makeAssignment, makeTask, T0 } from './spec-fixtures';

const policy = reminderPolicyWithDefaults();
const task = makeTask();
const plan = planReminders(task, policy, T0);
const byKind = (kind: string) => plan.find((r) => r.kind === kind)!;
const assignments = ASSIGNMENT_STATES.map((state, i) =>
  makeAssignment({ id: `a-${state}`, teamId: `team-${i}`, teamUnitId: `v${i}`, state }),
);

describe('reminderConcerns', () => {
  it('concerns unacknowledged assignments for "unacknowledged", open ones for the rest', () => {
    const concerned = (kind: 'unacknowledged' | 'due_soon' | 'overdue' | 'escalation') =>
      ASSIGNMENT_STATES.filter((state) => reminderConcerns(kind, state));
    expect(concerned('unacknowledged')).toEqual(['assigned']);
    for (const kind of ['due_soon', 'overdue', 'escalation'] as const) {
      expect(concerned(kind)).toEqual(['assigned', 'acknowledged', 'in_progress']);
    }
  });
});

describe('dueReminders', () => {
  it('sends the acknowledgement reminder to teams that still have not acknowledged', () => {
    expect(dueReminders(task, policy, byKind('unacknowledged'), assignments)).toEqual([
      { assignmentId: 'a-assigned', teamId: 'team-0', teamUnitId: 'v0', recipients: ['team'] },
    ]);
  });

  it('tells the team and the commune chair at the deadline, and the issuing unit on escalation', () => {
    expect(
      dueReminders(task, policy, byKind('overdue'), assignments).map((t) => [t.assignmentId, t.recipients]),
    ).toEqual([
      ['a-assigned', ['team', 'commune_chair']],
      ['a-acknowledged', ['team', 'commune_chair']],
      ['a-in_progress', ['team', 'commune_chair']],
    ]);
    expect(dueReminders(task, policy, byKind('escalation'), assignments)[0]!.recipients).toEqual([
      'issuer_unit',
    ]);
  });

  it('concerns nobody for a stale job, a task no longer published, or another task’s assignments', () => {
    const stale = { kind: 'overdue' as const, dedupeKey: 'task-1.overdue.d0.20220101T000000Z' };
    expect(dueReminders(task, policy, stale, assignments)).toEqual([]);
    expect(dueReminders(makeTask({ status: 'cancelled' }), policy, byKind('overdue'), assignments)).toEqual(
      [],
    );
    const foreign = assignments.map((a) => ({ ...a, taskId: 'other' }));
    expect(dueReminders(task, policy, byKind('overdue'), foreign)).toEqual([]);
  });
});

describe('reminderFiredEvent', () => {
  const targets = dueReminders(task, policy, byKind('due_soon'), assignments);

  it('records a reminder sent by the hub itself', () => {
    expect(reminderFiredEvent(task, byKind('due_soon'), targets, DUE)).toEqual({
      type: 'ReminderSent',
      taskId: 'task-1',
      actorId: null,
      at: DUE,
      payload: {
        kind: 'due_soon',
        dedupeKey: byKind('due_soon').dedupeKey,
        assignmentIds: ['a-assigned', 'a-acknowledged', 'a-in_progress'],
      },
    });
  });

  it('records an escalation with the teams concerned, and nothing when nobody is concerned', () => {
    const escalation = byKind('escalation');
    expect(reminderFiredEvent(task, escalation, targets, DUE)).toMatchObject({
      type: 'Escalated',
      payload: {
        issuerUnitId: 'd1',
        teamIds: ['team-0', 'team-1', 'team-2'],
        dedupeKey: escalation.dedupeKey,
      },
    });
    expect(reminderFiredEvent(task, escalation, [], DUE)).toBeNull();
  });
});
