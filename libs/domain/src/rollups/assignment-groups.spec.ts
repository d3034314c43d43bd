import { isBelowTarget } from '../tasks/assignment';
import { bucketOf, isPastDeadline } from '../tasks/buckets';
import { foldAssignmentGroups, withAssignmentPart, type AssignmentGroup } from './assignment-groups';
import { emptyRollup } from './figures';
import { latencyBin, latencySeconds } from './latency';
import { hoursAfter, NOW, randomAssignment, seededRandom } from './spec-fixtures';
import { emptyTaskPart, foldTaskParts, taskPartOf } from './task-parts';
import { teamFigures, type RollupAssignment } from './team-figures';

/** What the repository's GROUP BY does, in memory: one group per state, bucket and latency bin. */
function groupsOf(assignments: readonly RollupAssignment[], now: string): AssignmentGroup[] {
  const groups = new Map<string, AssignmentGroup>();
  for (const a of assignments) {
    const seconds = a.acknowledgedAt === null ? null : latencySeconds(a.assignedAt, a.acknowledgedAt);
    const bucket = bucketOf(a, a.dueAt, now);
    const bin = seconds === null ? null : latencyBin(seconds);
    const key = `${a.state}|${bucket}|${bin}`;
    const group = groups.get(key) ?? {
      state: a.state,
      bucket,
      count: 0,
      belowTarget: 0,
      latencyBin: bin,
      latencySeconds: 0,
    };
    group.count += 1;
    group.belowTarget += isBelowTarget(a) ? 1 : 0;
    group.latencySeconds += seconds ?? 0;
    groups.set(key, group);
  }
  return [...groups.values()];
}

describe('foldAssignmentGroups', () => {
  it('gives the assignment figures and latency teamFigures gives for the same assignments', () => {
    const random = seededRandom(61);
    for (let round = 0; round < 20; round += 1) {
      const assignments = Array.from({ length: 1 + Math.floor(random() * 60) }, () =>
        randomAssignment(random),
      );
      const expected = teamFigures({
        team: { kind: 'village', status: 'dissolved' },
        members: [],
        assignments,
        now: NOW,
      });
      const part = foldAssignmentGroups(groupsOf(assignments, NOW));
      expect(part.assignments).toEqual(expected.assignments);
      expect(part.ackLatency).toEqual(expected.ackLatency);
    }
  });

  it('is empty for no groups: no latency, no rates', () => {
    const part = foldAssignmentGroups([]);
    expect(part.assignments.total).toBe(0);
    expect(part.ackLatency).toEqual(emptyRollup().ackLatency);
  });
});

describe('withAssignmentPart', () => {
  it('keeps the teams and members, replaces the assignments and recomputes the rates', () => {
    const base = teamFigures({
      team: { kind: 'village', status: 'active' },
      members: [],
      assignments: [randomAssignment(seededRandom(3))],
      now: NOW,
    });
    const done: RollupAssignment = { ...randomAssignment(seededRandom(5)), state: 'completed' };
    const doneOnTime = { ...done, completedAt: NOW, dueAt: NOW };
    const part = foldAssignmentGroups(groupsOf([doneOnTime], NOW));
    const merged = withAssignmentPart(base, part, NOW);
    expect(merged.teams).toEqual(base.teams);
    expect(merged.members).toEqual(base.members);
    expect(merged.assignments.byBucket.done_on_time).toBe(1);
    expect(merged.completionRate).toBe(1);
    expect(merged.onTimeRate).toBe(1);
    expect(merged.asOf).toBe(NOW);
  });
});

describe('task parts', () => {
  it('give, at a later instant, the figures teamFigures gives for the assignments of several tasks then', () => {
    const random = seededRandom(97);
    const later = hoursAfter(NOW, 150);
    for (let round = 0; round < 20; round += 1) {
      const byTask = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
        const dueAt = hoursAfter(NOW, Math.floor(random() * 400) - 100);
        const assignments = Array.from({ length: Math.floor(random() * 30) }, () => ({
          ...randomAssignment(random),
          dueAt,
        }));
        return { dueAt, assignments };
      });
      const expected = teamFigures({
        team: { kind: 'village', status: 'dissolved' },
        members: [],
        assignments: byTask.flatMap((task) => task.assignments),
        now: later,
      });
      // Counted at NOW, read at `later`: open assignments whose deadline passed in between turn overdue.
      const parts = byTask.map(({ dueAt, assignments }) => ({
        overdue: isPastDeadline(dueAt, later),
        part: taskPartOf(groupsOf(assignments, NOW)),
      }));
      const folded = foldTaskParts(parts);
      expect(folded.assignments).toEqual(expected.assignments);
      expect(folded.ackLatency).toEqual(expected.ackLatency);
    }
  });

  it('start empty', () => {
    expect(foldTaskParts([{ part: emptyTaskPart(), overdue: false }])).toEqual(foldAssignmentGroups([]));
  });
});
