import { ASSIGNMENT_STATES } from '../tasks/assignment';
import { villageRoster } from '../teams/spec-fixtures';
import { figureDiff, flattenFigures, rollupDiff } from './diff';
import { combine, emptyRollup, type UnitRollup } from './figures';
import { ancestorsToRecompute, rollupDedupeKey, unitIdOfRollupKey } from './jobs';
import { rollUp, unitFigures } from './roll-up';
import {
  assignment,
  NOW,
  pick,
  randomAssignment,
  randomTeamFigures,
  randomTree,
  seededRandom,
  type TestUnit,
} from './spec-fixtures';
import { teamFigures, type RollupAssignment } from './team-figures';

describe('flattenFigures', () => {
  it('lists every figure by dotted path, without asOf', () => {
    const flat = flattenFigures(emptyRollup());
    expect(flat.get('assignments.byBucket.open_overdue')).toBe(0);
    expect(flat.get('teams.byKind.village.compliant')).toBe(0);
    expect(flat.get('ackLatency.histogram.0')).toBe(0);
    expect(flat.get('completionRate')).toBeNull();
    expect(flat.has('asOf')).toBe(false);
  });
});

describe('figureDiff', () => {
  it('lists each drifted figure with both values, rates included', () => {
    const team = { kind: 'village', status: 'active' } as const;
    const a = teamFigures({ team, members: [], assignments: [assignment('completed')], now: NOW });
    const b = teamFigures({ team, members: [], assignments: [assignment('in_progress')], now: NOW });
    expect(figureDiff(a, b)).toEqual([
      { field: 'assignments.byState.in_progress', incremental: 0, fromScratch: 1 },
      { field: 'assignments.byState.completed', incremental: 1, fromScratch: 0 },
      { field: 'assignments.byBucket.done_on_time', incremental: 1, fromScratch: 0 },
      { field: 'assignments.byBucket.open_within_deadline', incremental: 0, fromScratch: 1 },
      { field: 'completionRate', incremental: 1, fromScratch: 0 },
      { field: 'onTimeRate', incremental: 1, fromScratch: 0 },
    ]);
  });

  it('ignores asOf', () => {
    const a = randomTeamFigures(seededRandom(31));
    expect(figureDiff(a, { ...a, asOf: '2000-01-01T00:00:00.000Z' })).toEqual([]);
  });
});

describe('rollupDiff', () => {
  const random = seededRandom(32);
  const x = randomTeamFigures(random);
  const y = combine(x, randomTeamFigures(random));

  it('is empty when the figures agree', () => {
    expect(rollupDiff(new Map([['u', x]]), new Map([['u', structuredClone(x)]]))).toEqual([]);
  });

  it('names the drifted units in from-scratch order, then the ones only kept incrementally', () => {
    const drifts = rollupDiff(
      new Map([
        ['b', x],
        ['a', x],
        ['only-kept', x],
      ]),
      new Map([
        ['a', y],
        ['b', y],
      ]),
    );
    expect(drifts.map((d) => d.unitId)).toEqual(['a', 'b', 'only-kept']);
    expect(drifts[0]!.fields).toEqual(figureDiff(x, y));
  });

  it('treats a unit missing on one side as empty: drift only if it has figures', () => {
    expect(rollupDiff(new Map(), new Map([['new-unit', emptyRollup()]]))).toEqual([]);
    const [drift] = rollupDiff(new Map(), new Map([['u', y]]));
    expect(drift!.unitId).toBe('u');
    expect(drift!.fields).toEqual(figureDiff(emptyRollup(), y));
  });
});

/**
 * The storm: random assignment changes arrive in bursts; each burst queues one de-duplicated job per affected
 * unit (the changed team's unit and its ancestors), run deepest first from the children's stored figures.
 */
describe('incremental rollups under a storm of events', () => {
  interface StormTeam {
    id: string;
    unit: TestUnit;
    assignments: RollupAssignment[];
  }

  function setUp(seed: number, withDistricts: boolean) {
    const random = seededRandom(seed);
    const units = randomTree(random, withDistricts);
    const holders = units.filter((u) => u.kind === 'commune' || u.kind === 'village');
    const teams: StormTeam[] = holders.map((unit, i) => ({
      id: `t${i}`,
      unit,
      assignments: Array.from({ length: 3 }, () => randomAssignment(random)),
    }));
    const figuresOf = (team: StormTeam) =>
      teamFigures({
        team: { kind: 'village', status: 'active' },
        members: villageRoster(5),
        assignments: team.assignments,
        now: NOW,
      });
    const fromScratch = () =>
      rollUp(
        units,
        teams.map((t) => ({ unitId: t.unit.id, figures: figuresOf(t) })),
      );
    const store = new Map<string, UnitRollup>(fromScratch());
    const teamStore = new Map(teams.map((t) => [t.id, figuresOf(t)]));

    /** One burst: apply the changes, queue the jobs (deduplicated), run them; returns the job count. */
    function burst(size: number, lose: string | null = null): { events: number; jobs: number } {
      const queued = new Set<string>();
      for (let i = 0; i < size; i += 1) {
        const team = pick(random, teams);
        const index = Math.floor(random() * (team.assignments.length + 1));
        const next = { ...randomAssignment(random), state: pick(random, ASSIGNMENT_STATES) };
        if (index === team.assignments.length) team.assignments.push(next);
        else team.assignments[index] = next;
        teamStore.set(team.id, figuresOf(team));
        for (const unitId of ancestorsToRecompute(team.unit.path)) queued.add(rollupDedupeKey(unitId));
      }
      const depth = (id: string) => units.find((u) => u.id === id)!.path.length;
      const jobs = [...queued].map((key) => unitIdOfRollupKey(key)!).sort((a, b) => depth(b) - depth(a));
      for (const unitId of jobs) {
        if (unitId === lose) continue;
        const own = teams.filter((t) => t.unit.id === unitId).map((t) => teamStore.get(t.id)!);
        const children = units
          .filter((u) => u.parentId === unitId)
          .map((u) => store.get(u.id) ?? emptyRollup());
        store.set(unitId, unitFigures(own, children));
      }
      return { events: size, jobs: jobs.length };
    }
    return { units, store, fromScratch, burst };
  }

  it.each([
    ['with districts', 41, true],
    ['without districts', 42, false],
  ])('ends equal to a from-scratch computation, %s', (_shape, seed, withDistricts) => {
    const { units, store, fromScratch, burst } = setUp(seed, withDistricts);
    let events = 0;
    let jobs = 0;
    for (let b = 0; b < 60; b += 1) {
      const done = burst(1 + (b % 20) * 5);
      events += done.events;
      jobs += done.jobs;
      // De-duplication: never more than one job per unit per burst.
      expect(done.jobs).toBeLessThanOrEqual(units.length);
    }
    expect(events).toBeGreaterThan(jobs);
    expect(rollupDiff(store, fromScratch())).toEqual([]);
  });

  it('shows the drift a lost job leaves, at the unit and every ancestor above it', () => {
    const { units, store, fromScratch, burst } = setUp(43, true);
    const village = units.find((u) => u.kind === 'village')!;
    // Find a burst touching the village by losing its job on every burst until figures drift.
    let drifts = rollupDiff(store, fromScratch());
    for (let b = 0; b < 50 && drifts.length === 0; b += 1) {
      burst(30, village.id);
      drifts = rollupDiff(store, fromScratch());
    }
    expect(drifts.map((d) => d.unitId)).toContain(village.id);
    for (const drift of drifts) {
      const path = units.find((u) => u.id === drift.unitId)!.path;
      expect(village.path.startsWith(path)).toBe(true);
    }
    // The nightly repair: overwrite with the from-scratch figures, and nothing drifts any more.
    for (const [unitId, figures] of fromScratch()) store.set(unitId, figures);
    expect(rollupDiff(store, fromScratch())).toEqual([]);
  });
});
