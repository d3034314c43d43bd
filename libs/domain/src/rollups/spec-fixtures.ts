// Builders shared by the rollup specs (not exported from the package).
import { ASSIGNMENT_STATES, type AssignmentState } from '../tasks/assignment';
import type { TeamKind, TeamStatus } from '../teams/team-kind';
import { fullCommuneRoster, villageRoster } from '../teams/spec-fixtures';
import type { UnitRollup } from './figures';
import { teamFigures, type RollupAssignment } from './team-figures';
import type { TreeUnit } from './tree-fold';

/** 09:00 on 1 November 2026 in Vietnam. */
export const NOW = '2026-11-01T02:00:00.000Z';
export const hoursAfter = (at: string, hours: number) =>
  new Date(Date.parse(at) + hours * 3_600_000).toISOString();

/** A small deterministic generator (mulberry32), so random-looking specs fail the same way every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;

export function assignment(
  state: AssignmentState,
  overrides: Partial<RollupAssignment> = {},
): RollupAssignment {
  const acknowledged = state !== 'assigned' && state !== 'cancelled';
  return {
    state,
    assignedAt: hoursAfter(NOW, -48),
    acknowledgedAt: acknowledged ? hoursAfter(NOW, -45) : null,
    completedAt: state === 'completed' ? hoursAfter(NOW, -2) : null,
    progress: null,
    targetValue: null,
    dueAt: hoursAfter(NOW, 24),
    ...overrides,
  };
}

/** An assignment in a random state, with random latencies and due dates either side of NOW. */
export function randomAssignment(random: () => number): RollupAssignment {
  const state = pick(random, ASSIGNMENT_STATES);
  const assignedAt = hoursAfter(NOW, -Math.floor(random() * 400));
  const acknowledged = state !== 'assigned' && (state !== 'declined' || random() < 0.5);
  return {
    state,
    assignedAt,
    acknowledgedAt: acknowledged ? hoursAfter(assignedAt, Math.floor(random() * 2000) / 10) : null,
    completedAt: state === 'completed' ? hoursAfter(NOW, -Math.floor(random() * 300)) : null,
    progress: state === 'completed' ? Math.floor(random() * 60) : null,
    targetValue: random() < 0.5 ? 50 : null,
    dueAt: hoursAfter(NOW, Math.floor(random() * 400) - 200),
  };
}

export function randomTeamFigures(random: () => number): UnitRollup {
  const kind: TeamKind = random() < 0.3 ? 'commune' : 'village';
  const status = pick<TeamStatus>(random, ['proposed', 'active', 'active', 'active', 'dissolved']);
  const members = kind === 'commune' ? fullCommuneRoster() : villageRoster(3 + Math.floor(random() * 6));
  const count = Math.floor(random() * 8);
  return teamFigures({
    team: { kind, status },
    members: random() < 0.2 ? members.slice(1) : members,
    assignments: Array.from({ length: count }, () => randomAssignment(random)),
    now: hoursAfter(NOW, -Math.floor(random() * 5)),
  });
}

export interface TestUnit extends TreeUnit {
  kind: 'province' | 'district' | 'commune' | 'village';
  path: string;
}

/** A province with districts (2022 shape) or communes straight under it (2025 shape), and villages. */
export function randomTree(random: () => number, withDistricts: boolean): TestUnit[] {
  const units: TestUnit[] = [{ id: 'p', parentId: null, kind: 'province', path: '/p/' }];
  const add = (id: string, parent: TestUnit, kind: TestUnit['kind']) => {
    const unit: TestUnit = { id, parentId: parent.id, kind, path: `${parent.path}${id}/` };
    units.push(unit);
    return unit;
  };
  const areas = withDistricts
    ? Array.from({ length: 3 }, (_, d) => add(`d${d}`, units[0]!, 'district'))
    : [units[0]!];
  areas.forEach((area, a) => {
    const communes = 1 + Math.floor(random() * 3);
    for (let c = 0; c < communes; c += 1) {
      const commune = add(`c${a}.${c}`, area, 'commune');
      const villages = Math.floor(random() * 4);
      for (let v = 0; v < villages; v += 1) add(`v${a}.${c}.${v}`, commune, 'village');
    }
  });
  return units;
}
