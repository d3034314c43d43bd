import { ErrorCode } from '../errors/error-codes';
import { DUE, hoursAfter, issuer, makeTask, outsider, T0 } from './spec-fixtures';
import { publishTask } from './task-publish';
import type { TargetResolution } from './target';

const resolution: TargetResolution = {
  teams: [
    { id: 'tc1', unitId: 'c1', kind: 'commune', status: 'active' },
    { id: 'tv1', unitId: 'v1', kind: 'village', status: 'active' },
  ],
  refused: [{ teamId: 'ghost', reason: 'unknown' }],
  counts: { commune: 1, village: 1 },
};
const draft = makeTask({ status: 'draft', publishedAt: null });
const AT = hoursAfter(T0, 2);

describe('publishTask', () => {
  it('publishes a draft with one assignment per team, carrying the per-team target', () => {
    const result = publishTask(draft, resolution, issuer, AT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { task, assignments, assignedEntry, events, alreadyPublished } = result.value;
    expect(task).toMatchObject({ status: 'published', publishedAt: AT, updatedAt: AT });
    expect(alreadyPublished).toBe(false);
    expect(assignments).toEqual([
      {
        taskId: 'task-1',
        teamId: 'tc1',
        teamUnitId: 'c1',
        state: 'assigned',
        progress: null,
        targetValue: 50,
        assignedAt: AT,
        acknowledgedAt: null,
        completedAt: null,
        declineReason: null,
        lastChangedAt: AT,
      },
      expect.objectContaining({ teamId: 'tv1', teamUnitId: 'v1', targetValue: 50 }),
    ]);
    expect(assignedEntry).toEqual({
      at: AT,
      actorId: 'u-issuer',
      action: 'assign',
      from: null,
      to: 'assigned',
      note: null,
      progress: null,
    });
    expect(events).toEqual([
      {
        type: 'TaskPublished',
        taskId: 'task-1',
        actorId: 'u-issuer',
        at: AT,
        payload: { issuerUnitId: 'd1', teamIds: ['tc1', 'tv1'], refused: resolution.refused },
      },
    ]);
  });

  it('gives assignments no target value when the task has none', () => {
    const result = publishTask({ ...draft, targetPerTeam: null }, resolution, issuer, AT);
    expect(result.ok && result.value.assignments.map((a) => a.targetValue)).toEqual([null, null]);
  });

  it('does nothing more when the task is already published', () => {
    const published = makeTask();
    const result = publishTask(published, resolution, issuer, hoursAfter(AT, 1));
    expect(result.ok && result.value).toMatchObject({
      task: published,
      assignments: [],
      events: [],
      alreadyPublished: true,
    });
  });

  it('refuses a cancelled or closed task, a passed deadline, an empty target and an outsider', () => {
    for (const status of ['cancelled', 'closed'] as const) {
      expect(publishTask(makeTask({ status }), resolution, issuer, AT)).toMatchObject({
        ok: false,
        error: { code: ErrorCode.TaskInvalidTransition, details: { status } },
      });
    }
    expect(publishTask(draft, resolution, issuer, DUE)).toMatchObject({
      ok: false,
      error: { code: ErrorCode.TaskDueInPast },
    });
    const empty: TargetResolution = {
      teams: [],
      refused: resolution.refused,
      counts: { commune: 0, village: 0 },
    };
    expect(publishTask(draft, empty, issuer, AT)).toEqual({
      ok: false,
      error: {
        code: ErrorCode.TaskTargetEmpty,
        message: 'No active team matches the target',
        details: { refused: resolution.refused },
      },
    });
    expect(publishTask(draft, resolution, outsider, AT)).toMatchObject({
      ok: false,
      error: { code: ErrorCode.TaskActorNotAllowed },
    });
  });

  it('fans out to a whole province in one call', () => {
    const many: TargetResolution = {
      teams: Array.from({ length: 1100 }, (_, i) => ({
        id: `t${i}`,
        unitId: `u${i}`,
        kind: 'village' as const,
        status: 'active' as const,
      })),
      refused: [],
      counts: { commune: 0, village: 1100 },
    };
    const result = publishTask(draft, many, issuer, AT);
    expect(result.ok && result.value.assignments).toHaveLength(1100);
    expect(result.ok && new Set(result.value.assignments.map((a) => a.teamId)).size).toBe(1100);
  });
});
