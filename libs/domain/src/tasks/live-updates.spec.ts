import { assignmentChangedPayload, patchWithAssignmentChange } from './live-updates';
import { DUE, hoursAfter, makeAssignment, T0 } from './spec-fixtures';

const AT = hoursAfter(T0, 3);

describe('assignmentChangedPayload', () => {
  it('carries the new state, its bucket at the change, the count and the offline action id', () => {
    const done = makeAssignment({ state: 'completed', progress: 20, completedAt: AT, lastChangedAt: AT });
    expect(assignmentChangedPayload(done, DUE, 'c-1')).toEqual({
      taskId: 'task-1',
      assignmentId: 'a-1',
      teamId: 'team-v1',
      state: 'completed',
      bucket: 'done_on_time',
      progress: 20,
      belowTarget: true,
      at: AT,
      clientActionId: 'c-1',
    });
    const late = makeAssignment({ state: 'in_progress', lastChangedAt: hoursAfter(DUE, 1) });
    expect(assignmentChangedPayload(late, DUE)).toMatchObject({
      bucket: 'open_overdue',
      clientActionId: null,
    });
  });
});

describe('patchWithAssignmentChange', () => {
  const row = {
    assignmentId: 'a-1',
    state: 'assigned' as const,
    bucket: 'open_within_deadline' as const,
    progress: null,
    belowTarget: false,
    lastChangedAt: T0,
  };
  const change = assignmentChangedPayload(
    makeAssignment({ state: 'in_progress', progress: 5, acknowledgedAt: AT, lastChangedAt: AT }),
    DUE,
  );

  it('applies a newer change and keeps the row’s other fields', () => {
    expect(patchWithAssignmentChange(row, change)).toEqual({
      ...row,
      state: 'in_progress',
      progress: 5,
      lastChangedAt: AT,
    });
  });

  it('ignores an older change and returns the same object when nothing changes', () => {
    const fresher = { ...row, lastChangedAt: hoursAfter(AT, 1) };
    expect(patchWithAssignmentChange(fresher, change)).toBe(fresher);
    const applied = patchWithAssignmentChange(row, change);
    expect(patchWithAssignmentChange(applied, change)).toBe(applied);
  });

  it('leaves rows without a below-target flag without one', () => {
    const { belowTarget: _flag, ...plain } = row;
    expect(patchWithAssignmentChange(plain, change)).not.toHaveProperty('belowTarget');
  });
});
