import { ErrorCode } from '../errors/error-codes';
import { ASSIGNMENT_STATES, type AssignmentState } from './assignment';
import {
  ASSIGNMENT_COMMAND_FROM,
  type AssignmentActor,
  type AssignmentCommand,
  type AssignmentCommandType,
} from './assignment-commands';
import { availableAssignmentActions, transitionAssignment } from './assignment-transitions';
import { hoursAfter, issuerUser, makeAssignment, plainMember, T0, teamLeader } from './spec-fixtures';

const AT = hoursAfter(T0, 5);

const SAMPLE: Record<AssignmentCommandType, AssignmentCommand> = {
  acknowledge: { type: 'acknowledge' },
  progress: { type: 'progress', value: 10, note: 'Đã hướng dẫn 10 người' },
  complete: { type: 'complete', value: 50 },
  decline: { type: 'decline', reason: 'Thôn bị ngập lụt' },
  reopen: { type: 'reopen', reason: 'Số liệu chưa khớp' },
  cancel: { type: 'cancel', reason: 'Nhiệm vụ thay đổi' },
};

const ACTOR_FOR: Record<AssignmentCommandType, AssignmentActor> = {
  acknowledge: teamLeader,
  progress: teamLeader,
  complete: teamLeader,
  decline: teamLeader,
  reopen: issuerUser,
  cancel: issuerUser,
};

/** Where each allowed (state, command) pair lands, for an assignment that was acknowledged before. */
const EXPECTED_TARGET: Record<AssignmentCommandType, AssignmentState> = {
  acknowledge: 'acknowledged',
  progress: 'in_progress',
  complete: 'completed',
  decline: 'declined',
  reopen: 'in_progress',
  cancel: 'cancelled',
};

describe('transitionAssignment: the whole state × command table', () => {
  const cases = ASSIGNMENT_STATES.flatMap((state) =>
    (Object.keys(SAMPLE) as AssignmentCommandType[]).map((type) => [state, type] as const),
  );

  it.each(cases)('from %s, %s', (state, type) => {
    const before = makeAssignment({ state, acknowledgedAt: state === 'assigned' ? null : T0, progress: 5 });
    const snapshot = structuredClone(before);
    const result = transitionAssignment(before, SAMPLE[type], ACTOR_FOR[type], AT);
    expect(before).toEqual(snapshot);
    if (ASSIGNMENT_COMMAND_FROM[type].includes(state)) {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.assignment.state).toBe(EXPECTED_TARGET[type]);
      expect(result.value.entry).toMatchObject({
        at: AT,
        from: state,
        to: EXPECTED_TARGET[type],
        action: type,
      });
      expect(result.value.assignment.lastChangedAt).toBe(AT);
    } else {
      expect(result).toEqual({
        ok: false,
        error: {
          code: ErrorCode.AssignmentInvalidTransition,
          message: `A ${state} assignment cannot take "${type}"`,
          details: { state, action: type },
        },
      });
    }
  });
});

describe('transitionAssignment: who may act', () => {
  it('lets only the team leader or deputy move the team’s part', () => {
    for (const type of ['acknowledge', 'progress', 'complete', 'decline'] as const) {
      const byMember = transitionAssignment(makeAssignment(), SAMPLE[type], plainMember, AT);
      expect(byMember).toMatchObject({ ok: false, error: { code: ErrorCode.AssignmentActorNotAllowed } });
      const byIssuer = transitionAssignment(makeAssignment(), SAMPLE[type], issuerUser, AT);
      expect(byIssuer).toMatchObject({ ok: false, error: { code: ErrorCode.AssignmentActorNotAllowed } });
    }
  });

  it('lets only the issuer reopen or cancel, even when the leader asks', () => {
    const done = makeAssignment({ state: 'completed', acknowledgedAt: T0, completedAt: T0 });
    expect(transitionAssignment(done, SAMPLE.reopen, teamLeader, AT)).toMatchObject({
      ok: false,
      error: { code: ErrorCode.AssignmentActorNotAllowed, details: { action: 'reopen' } },
    });
    expect(transitionAssignment(makeAssignment(), SAMPLE.cancel, teamLeader, AT).ok).toBe(false);
  });

  it('checks the actor before the state', () => {
    const done = makeAssignment({ state: 'completed' });
    const result = transitionAssignment(done, SAMPLE.acknowledge, plainMember, AT);
    expect(result).toMatchObject({ ok: false, error: { code: ErrorCode.AssignmentActorNotAllowed } });
  });

  it('lets someone who is both leader and issuer do both', () => {
    const both = { userId: 'u', isTeamLeaderOrDeputy: true, isIssuer: true };
    const completed = transitionAssignment(makeAssignment(), SAMPLE.complete, both, AT);
    expect(completed.ok).toBe(true);
    if (!completed.ok) return;
    expect(transitionAssignment(completed.value.assignment, SAMPLE.reopen, both, AT).ok).toBe(true);
  });
});

describe('transitionAssignment: the steps', () => {
  it('acknowledges with a timeline entry and an event routed to the team', () => {
    const result = transitionAssignment(
      makeAssignment(),
      { type: 'acknowledge', note: ' Đã nhận ' },
      teamLeader,
      AT,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        assignment: makeAssignment({ state: 'acknowledged', acknowledgedAt: AT, lastChangedAt: AT }),
        entry: {
          at: AT,
          actorId: 'u-leader',
          action: 'acknowledge',
          from: 'assigned',
          to: 'acknowledged',
          note: 'Đã nhận',
          progress: null,
        },
        event: {
          type: 'AssignmentChanged',
          taskId: 'task-1',
          actorId: 'u-leader',
          at: AT,
          payload: {
            assignmentId: 'a-1',
            teamId: 'team-v1',
            teamUnitId: 'v1',
            action: 'acknowledge',
            from: 'assigned',
            to: 'acknowledged',
            progress: null,
            note: 'Đã nhận',
            belowTarget: false,
          },
        },
      },
    });
  });

  it('treats the first progress on an unacknowledged assignment as its acknowledgement', () => {
    const result = transitionAssignment(makeAssignment(), { type: 'progress', value: 12 }, teamLeader, AT);
    expect(result.ok && result.value.assignment).toMatchObject({
      state: 'in_progress',
      acknowledgedAt: AT,
      progress: 12,
    });
    expect(result.ok && result.value.entry).toMatchObject({
      from: 'assigned',
      to: 'in_progress',
      progress: 12,
    });
  });

  it('keeps the first acknowledgement time and stays in progress on later updates', () => {
    const going = makeAssignment({ state: 'in_progress', acknowledgedAt: T0, progress: 12 });
    const result = transitionAssignment(going, { type: 'progress', value: 30 }, teamLeader, AT);
    expect(result.ok && result.value.assignment).toMatchObject({
      state: 'in_progress',
      acknowledgedAt: T0,
      progress: 30,
    });
    expect(result.ok && result.value.entry).toMatchObject({ from: 'in_progress', to: 'in_progress' });
  });

  it('reads the value as a running total: a lower number corrects it, a note alone keeps it', () => {
    const going = makeAssignment({ state: 'in_progress', acknowledgedAt: T0, progress: 30 });
    const corrected = transitionAssignment(going, { type: 'progress', value: 25 }, teamLeader, AT);
    expect(corrected.ok && corrected.value.assignment.progress).toBe(25);
    const noted = transitionAssignment(
      going,
      { type: 'progress', note: 'Trời mưa, tạm hoãn' },
      teamLeader,
      AT,
    );
    expect(noted.ok && noted.value.assignment.progress).toBe(30);
    const zero = transitionAssignment(going, { type: 'progress', value: 0 }, teamLeader, AT);
    expect(zero.ok && zero.value.assignment.progress).toBe(0);
  });

  it('refuses an empty progress update and impossible numbers', () => {
    const going = makeAssignment({ state: 'in_progress', acknowledgedAt: T0 });
    for (const command of [
      { type: 'progress', note: '  ' },
      { type: 'progress', value: -1 },
      { type: 'progress', value: 2.5 },
      { type: 'complete', value: Number.NaN },
    ] as const) {
      const result = transitionAssignment(going, command, teamLeader, AT);
      expect(result).toMatchObject({ ok: false, error: { code: ErrorCode.ValidationFailed } });
    }
  });

  it('completes below the target, flagged but accepted', () => {
    const going = makeAssignment({ state: 'in_progress', acknowledgedAt: T0, progress: 30 });
    const result = transitionAssignment(
      going,
      { type: 'complete', note: 'Hết người cần hướng dẫn' },
      teamLeader,
      AT,
    );
    expect(result.ok && result.value.assignment).toMatchObject({
      state: 'completed',
      completedAt: AT,
      progress: 30,
    });
    expect(result.ok && result.value.event.payload.belowTarget).toBe(true);
    const reached = transitionAssignment(going, { type: 'complete', value: 55 }, teamLeader, AT);
    expect(reached.ok && reached.value.event.payload.belowTarget).toBe(false);
  });

  it('completes straight from assigned, acknowledging on the way', () => {
    const result = transitionAssignment(
      makeAssignment({ targetValue: null }),
      { type: 'complete' },
      teamLeader,
      AT,
    );
    expect(result.ok && result.value.assignment).toMatchObject({
      state: 'completed',
      acknowledgedAt: AT,
      completedAt: AT,
    });
    expect(result.ok && result.value.event.payload.belowTarget).toBe(false);
  });

  it('needs a reason to decline, reopen or cancel, and keeps it trimmed', () => {
    const declined = transitionAssignment(
      makeAssignment(),
      { type: 'decline', reason: '  Thiếu thiết bị ' },
      teamLeader,
      AT,
    );
    expect(declined.ok && declined.value.assignment.declineReason).toBe('Thiếu thiết bị');
    expect(declined.ok && declined.value.entry.note).toBe('Thiếu thiết bị');
    expect(
      transitionAssignment(makeAssignment(), { type: 'decline', reason: ' ' }, teamLeader, AT),
    ).toMatchObject({
      ok: false,
      error: { code: ErrorCode.ValidationFailed },
    });
    const done = makeAssignment({ state: 'completed', acknowledgedAt: T0, completedAt: T0 });
    expect(transitionAssignment(done, { type: 'reopen', reason: '' }, issuerUser, AT).ok).toBe(false);
  });

  it('reopens a completed assignment to in_progress, keeping the count and clearing the completion', () => {
    const done = makeAssignment({ state: 'completed', acknowledgedAt: T0, completedAt: T0, progress: 40 });
    const result = transitionAssignment(done, SAMPLE.reopen, issuerUser, AT);
    expect(result.ok && result.value.assignment).toMatchObject({
      state: 'in_progress',
      completedAt: null,
      acknowledgedAt: T0,
      progress: 40,
    });
    expect(result.ok && result.value.entry).toMatchObject({ actorId: 'u-issuer', note: 'Số liệu chưa khớp' });
  });

  it('reopens a declined assignment to assigned when it was never acknowledged', () => {
    const declined = makeAssignment({ state: 'declined', declineReason: 'Không đủ người' });
    const result = transitionAssignment(declined, SAMPLE.reopen, issuerUser, AT);
    expect(result.ok && result.value.assignment).toMatchObject({ state: 'assigned', declineReason: null });
  });
});

describe('availableAssignmentActions', () => {
  it('offers the team’s one-tap actions to the leader', () => {
    expect(availableAssignmentActions({ state: 'assigned' }, teamLeader)).toEqual([
      'acknowledge',
      'progress',
      'complete',
      'decline',
    ]);
    expect(availableAssignmentActions({ state: 'in_progress' }, teamLeader)).toEqual([
      'progress',
      'complete',
      'decline',
    ]);
    expect(availableAssignmentActions({ state: 'completed' }, teamLeader)).toEqual([]);
  });

  it('offers reopen to the issuer on finished assignments, and nothing to a plain member', () => {
    expect(availableAssignmentActions({ state: 'completed' }, issuerUser)).toEqual(['reopen']);
    expect(availableAssignmentActions({ state: 'declined' }, issuerUser)).toEqual(['reopen']);
    expect(availableAssignmentActions({ state: 'in_progress' }, issuerUser)).toEqual([]);
    for (const state of ASSIGNMENT_STATES)
      expect(availableAssignmentActions({ state }, plainMember)).toEqual([]);
  });
});
