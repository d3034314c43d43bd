import { combine, combineAll, emptyRollup, reportedAssignments, withRates } from './figures';
import { assignment, NOW, randomTeamFigures, seededRandom } from './spec-fixtures';
import { teamFigures } from './team-figures';

const villageTeam = { kind: 'village', status: 'active' } as const;
const figuresOf = (states: Parameters<typeof assignment>[0][], now = NOW) =>
  teamFigures({ team: villageTeam, members: [], assignments: states.map((s) => assignment(s)), now });

describe('combine', () => {
  it('has emptyRollup() as identity on both sides', () => {
    const random = seededRandom(1);
    for (let run = 0; run < 50; run += 1) {
      const x = randomTeamFigures(random);
      expect(combine(emptyRollup(), x)).toEqual(x);
      expect(combine(x, emptyRollup())).toEqual(x);
    }
  });

  it('is associative and commutative, exactly (counts, rates, latency, histogram)', () => {
    const random = seededRandom(2);
    for (let run = 0; run < 200; run += 1) {
      const [a, b, c] = [randomTeamFigures(random), randomTeamFigures(random), randomTeamFigures(random)];
      expect(combine(a, combine(b, c))).toEqual(combine(combine(a, b), c));
      expect(combine(a, b)).toEqual(combine(b, a));
    }
  });

  it('recomputes the rates from the counts instead of averaging them', () => {
    const oneDone = figuresOf(['completed']);
    const threeOpen = figuresOf(['in_progress', 'assigned', 'acknowledged']);
    expect([oneDone.completionRate, threeOpen.completionRate]).toEqual([1, 0]);
    const both = combine(oneDone, threeOpen);
    expect(both.completionRate).toBe(0.25);
    expect(both.onTimeRate).toBe(0.25);
    expect(both.assignments.total).toBe(4);
  });

  it('adds team counts per kind, members and assignments per state and bucket', () => {
    const both = combine(
      teamFigures({ team: { kind: 'commune', status: 'active' }, members: [], assignments: [], now: NOW }),
      figuresOf(['declined', 'cancelled', 'completed']),
    );
    expect(both.teams).toEqual({
      total: 2,
      active: 2,
      compliant: 0,
      byKind: {
        commune: { total: 1, active: 1, compliant: 0 },
        village: { total: 1, active: 1, compliant: 0 },
      },
    });
    expect(both.assignments.byState).toMatchObject({ declined: 1, cancelled: 1, completed: 1, assigned: 0 });
    expect(both.assignments.byBucket).toMatchObject({ declined: 1, cancelled: 1, done_on_time: 1 });
    expect(reportedAssignments(both)).toBe(1);
    expect(both.completionRate).toBe(1);
  });

  it('keeps the later asOf, written canonically', () => {
    const a = figuresOf([], '2026-11-01T09:00:00+07:00');
    const b = figuresOf([], '2026-11-01T01:00:00.000Z');
    expect(combine(a, b).asOf).toBe('2026-11-01T02:00:00.000Z');
    expect(combine(b, a).asOf).toBe('2026-11-01T02:00:00.000Z');
    expect(emptyRollup().asOf).toBeNull();
  });
});

describe('combineAll', () => {
  it('is the empty figures for no parts, and the fold of combine otherwise', () => {
    expect(combineAll([])).toEqual(emptyRollup());
    const random = seededRandom(3);
    const parts = Array.from({ length: 6 }, () => randomTeamFigures(random));
    expect(combineAll(parts)).toEqual(parts.reduce(combine));
  });
});

describe('withRates', () => {
  it('leaves rates undefined when nothing is in the four reported buckets', () => {
    const onlyDeclined = figuresOf(['declined', 'cancelled']);
    expect(onlyDeclined.completionRate).toBeNull();
    expect(onlyDeclined.onTimeRate).toBeNull();
    expect(withRates({ ...onlyDeclined, completionRate: 0.5 }).completionRate).toBeNull();
  });
});
