import { summarizeBuckets } from '../tasks/buckets';
import { fullCommuneRoster, member, villageRoster } from '../teams/spec-fixtures';
import { assignment, hoursAfter, NOW, randomAssignment, seededRandom } from './spec-fixtures';
import { teamFigures, type TeamFiguresInput } from './team-figures';

const input = (overrides: Partial<TeamFiguresInput> = {}): TeamFiguresInput => ({
  team: { kind: 'commune', status: 'active' },
  members: fullCommuneRoster(),
  assignments: [],
  now: NOW,
  ...overrides,
});

describe('teamFigures: teams and members', () => {
  it('counts a complete active commune team as one active, compliant commune team with 5 members', () => {
    const figures = teamFigures(input());
    expect(figures.teams).toEqual({
      total: 1,
      active: 1,
      compliant: 1,
      byKind: {
        commune: { total: 1, active: 1, compliant: 1 },
        village: { total: 0, active: 0, compliant: 0 },
      },
    });
    expect(figures.members).toEqual({ core: 5, collaborators: 0 });
    expect(figures.asOf).toBe(NOW);
  });

  it('keeps a village team below five members compliant (a warning) but not one without a deputy', () => {
    const short = teamFigures(
      input({ team: { kind: 'village', status: 'active' }, members: villageRoster(4) }),
    );
    expect(short.teams.byKind.village).toEqual({ total: 1, active: 1, compliant: 1 });
    const noDeputy = teamFigures(
      input({
        team: { kind: 'village', status: 'active' },
        members: villageRoster(6).filter((m) => m.role !== 'deputy'),
      }),
    );
    expect(noDeputy.teams.byKind.village).toEqual({ total: 1, active: 1, compliant: 0 });
  });

  it('counts a proposed team as live but neither active nor compliant', () => {
    expect(teamFigures(input({ team: { kind: 'commune', status: 'proposed' } })).teams).toMatchObject({
      total: 1,
      active: 0,
      compliant: 0,
    });
  });

  it('counts collaborators apart and ignores ended memberships', () => {
    const members = [
      ...villageRoster(8),
      member('collaborator', null),
      member('collaborator', null),
      member('member', 'resident', { status: 'ended' }),
    ];
    const figures = teamFigures(input({ team: { kind: 'village', status: 'active' }, members }));
    expect(figures.members).toEqual({ core: 8, collaborators: 2 });
  });

  it('trusts stored findings when given', () => {
    const figures = teamFigures(input({ members: [], findings: [{ severity: 'warning' }] }));
    expect(figures.teams.compliant).toBe(1);
    expect(teamFigures(input({ findings: [{ severity: 'error' }] })).teams.compliant).toBe(0);
  });

  it('counts no team or members for a dissolved team but keeps its assignments', () => {
    const figures = teamFigures(
      input({ team: { kind: 'commune', status: 'dissolved' }, assignments: [assignment('completed')] }),
    );
    expect(figures.teams.total).toBe(0);
    expect(figures.teams.byKind.commune.total).toBe(0);
    expect(figures.members).toEqual({ core: 0, collaborators: 0 });
    expect(figures.assignments.total).toBe(1);
    expect(figures.completionRate).toBe(1);
  });
});

describe('teamFigures: assignments', () => {
  it('counts states and the four government buckets at `now`', () => {
    const due = hoursAfter(NOW, -1);
    const figures = teamFigures(
      input({
        assignments: [
          assignment('completed', { completedAt: hoursAfter(NOW, -3), dueAt: due }),
          assignment('completed', { completedAt: hoursAfter(NOW, -0.5), dueAt: due }),
          assignment('in_progress', { dueAt: due }),
          assignment('acknowledged'),
          assignment('assigned'),
          assignment('declined'),
        ],
      }),
    );
    expect(figures.assignments.byState).toEqual({
      assigned: 1,
      acknowledged: 1,
      in_progress: 1,
      completed: 2,
      declined: 1,
      cancelled: 0,
    });
    expect(figures.assignments.byBucket).toEqual({
      done_on_time: 1,
      done_late: 1,
      open_within_deadline: 2,
      open_overdue: 1,
      declined: 1,
      cancelled: 0,
    });
    expect(figures.completionRate).toBe(2 / 5);
    expect(figures.onTimeRate).toBe(1 / 5);
  });

  it('moves open assignments to overdue as `now` passes their due instant', () => {
    const assignments = [assignment('in_progress', { dueAt: NOW })];
    expect(teamFigures(input({ assignments })).assignments.byBucket.open_within_deadline).toBe(1);
    const later = teamFigures(input({ assignments, now: hoursAfter(NOW, 0.001) }));
    expect(later.assignments.byBucket.open_overdue).toBe(1);
  });

  it('agrees with summarizeBuckets on any mix of assignments', () => {
    const random = seededRandom(11);
    const assignments = Array.from({ length: 300 }, () => randomAssignment(random));
    const figures = teamFigures(input({ assignments }));
    const summary = summarizeBuckets(assignments, NOW);
    expect(figures.assignments.byBucket).toEqual(summary.counts);
    expect(figures.onTimeRate).toBe(summary.onTimeRate);
  });

  it('counts completions below the target', () => {
    const figures = teamFigures(
      input({
        assignments: [
          assignment('completed', { progress: 30, targetValue: 50 }),
          assignment('completed', { progress: 50, targetValue: 50 }),
          assignment('in_progress', { progress: 10, targetValue: 50 }),
        ],
      }),
    );
    expect(figures.assignments.belowTarget).toBe(1);
  });

  it('measures acknowledgement latency on every acknowledged assignment, whatever its state now', () => {
    const assignedAt = NOW;
    const figures = teamFigures(
      input({
        assignments: [
          assignment('acknowledged', { assignedAt, acknowledgedAt: hoursAfter(NOW, 2) }),
          assignment('declined', { assignedAt, acknowledgedAt: hoursAfter(NOW, 4) }),
          assignment('declined', { assignedAt, acknowledgedAt: null }),
          assignment('assigned', { assignedAt }),
        ],
      }),
    );
    expect(figures.ackLatency.count).toBe(2);
    expect(figures.ackLatency.meanHours).toBe(3);
  });
});
