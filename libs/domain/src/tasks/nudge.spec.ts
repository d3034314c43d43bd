import { ErrorCode } from '../errors/error-codes';
import { canNudge, nudgeEvent, NUDGE_RATE_LIMIT, planNudge, type NudgeCandidate } from './nudge';
import { hoursAfter, T0 } from './spec-fixtures';

describe('canNudge', () => {
  it('allows a first nudge, then one per window per task and team', () => {
    expect(NUDGE_RATE_LIMIT).toEqual({ per: 'task_team', windowHours: 6 });
    expect(canNudge(null, T0)).toEqual({ allowed: true, retryAt: null });
    expect(canNudge(T0, hoursAfter(T0, 5.99))).toEqual({ allowed: false, retryAt: hoursAfter(T0, 6) });
    expect(canNudge(T0, hoursAfter(T0, 6))).toEqual({ allowed: true, retryAt: null });
    expect(canNudge(T0, hoursAfter(T0, 1), 1)).toEqual({ allowed: true, retryAt: null });
  });
});

describe('planNudge', () => {
  const now = hoursAfter(T0, 10);
  const candidates: NudgeCandidate[] = [
    { id: 'a1', teamId: 't1', state: 'assigned', lastNudgedAt: null },
    { id: 'a2', teamId: 't2', state: 'in_progress', lastNudgedAt: hoursAfter(T0, 8) },
    { id: 'a3', teamId: 't3', state: 'acknowledged', lastNudgedAt: T0 },
    { id: 'a4', teamId: 't4', state: 'completed', lastNudgedAt: null },
  ];

  it('nudges every team behind by default, minus those nudged within the window', () => {
    expect(planNudge(candidates, now)).toEqual({
      ok: true,
      value: {
        nudge: [
          { assignmentId: 'a1', teamId: 't1' },
          { assignmentId: 'a3', teamId: 't3' },
        ],
        rateLimited: [{ teamId: 't2', retryAt: hoursAfter(T0, 14) }],
        skipped: [{ teamId: 't4', reason: 'not_behind' }],
      },
    });
  });

  it('nudges only the listed teams, once each, and says which are not assigned', () => {
    const result = planNudge(candidates, now, ['t3', 't3', 'ghost']);
    expect(result.ok && result.value).toEqual({
      nudge: [{ assignmentId: 'a3', teamId: 't3' }],
      rateLimited: [],
      skipped: [{ teamId: 'ghost', reason: 'not_assigned' }],
    });
  });

  it('refuses with 429 when every team behind was nudged recently, giving the earliest retry', () => {
    const recent: NudgeCandidate[] = [
      { id: 'a1', teamId: 't1', state: 'assigned', lastNudgedAt: hoursAfter(now, -1) },
      { id: 'a2', teamId: 't2', state: 'assigned', lastNudgedAt: hoursAfter(now, -5) },
    ];
    expect(planNudge(recent, now)).toMatchObject({
      ok: false,
      error: { code: ErrorCode.NudgeRateLimited, details: { retryAt: hoursAfter(now, 1) } },
    });
  });

  it('refuses when no team is behind', () => {
    expect(planNudge(candidates, now, ['t4'])).toEqual({
      ok: false,
      error: {
        code: ErrorCode.NudgeNoTeamsBehind,
        message: 'No team is behind on this task',
        details: { skipped: [{ teamId: 't4', reason: 'not_behind' }] },
      },
    });
  });

  it('records the nudge as one event', () => {
    const plan = planNudge(candidates, now);
    if (!plan.ok) throw new Error('expected a plan');
    expect(
      nudgeEvent({ id: 'task-1', issuerUnitId: 'd1' }, plan.value, 'u-issuer', now, '  Khẩn trương '),
    ).toEqual({
      type: 'AssignmentsNudged',
      taskId: 'task-1',
      actorId: 'u-issuer',
      at: now,
      payload: {
        issuerUnitId: 'd1',
        assignmentIds: ['a1', 'a3'],
        teamIds: ['t1', 't3'],
        message: 'Khẩn trương',
      },
    });
  });
});
