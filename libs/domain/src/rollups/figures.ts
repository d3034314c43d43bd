import { ASSIGNMENT_STATES, type AssignmentState } from '../tasks/assignment';
import { emptyBucketCounts, GOVERNMENT_BUCKETS, type AssignmentBucket } from '../tasks/buckets';
import { TEAM_KINDS, type TeamKind } from '../teams/team-kind';
import { combineAckLatency, emptyAckLatency, type AckLatency } from './latency';

export interface TeamCounts {
  /** Live teams: proposed or active (dissolved teams are history). */
  total: number;
  active: number;
  /** Active teams whose roster breaks no rule of §3.1 (no error finding; warnings allowed). */
  compliant: number;
}

export interface AssignmentFigures {
  total: number;
  byState: Record<AssignmentState, number>;
  /** The four government buckets, plus declined and cancelled outside them. */
  byBucket: Record<AssignmentBucket, number>;
  /** Completed below the task's per-team target (isBelowTarget). */
  belowTarget: number;
}

/**
 * The figure set of a team, or of a unit's whole subtree. Counts add up exactly; rates, mean and median are
 * derived from the counts on every combine, so a unit's figures never depend on the order they were added in.
 */
export interface UnitRollup {
  /** The latest instant any part was computed at (open buckets turn overdue with time); null when empty. */
  asOf: string | null;
  teams: TeamCounts & { byKind: Record<TeamKind, TeamCounts> };
  /** Active memberships of live teams (a person in two teams counts twice). */
  members: { core: number; collaborators: number };
  assignments: AssignmentFigures;
  /** Done (on time or late) over the four reported buckets, 0–1; null when none. */
  completionRate: number | null;
  /** Done on time over the four reported buckets (as summarizeBuckets), 0–1; null when none. */
  onTimeRate: number | null;
  ackLatency: AckLatency;
}

export function emptyTeamCounts(): TeamCounts {
  return { total: 0, active: 0, compliant: 0 };
}

export function emptyAssignmentFigures(): AssignmentFigures {
  const byState = Object.fromEntries(ASSIGNMENT_STATES.map((state) => [state, 0])) as Record<
    AssignmentState,
    number
  >;
  return { total: 0, byState, byBucket: emptyBucketCounts(), belowTarget: 0 };
}

/** The identity of combine: a unit with no teams. */
export function emptyRollup(): UnitRollup {
  const byKind = Object.fromEntries(TEAM_KINDS.map((kind) => [kind, emptyTeamCounts()])) as Record<
    TeamKind,
    TeamCounts
  >;
  return {
    asOf: null,
    teams: { ...emptyTeamCounts(), byKind },
    members: { core: 0, collaborators: 0 },
    assignments: emptyAssignmentFigures(),
    completionRate: null,
    onTimeRate: null,
    ackLatency: emptyAckLatency(),
  };
}

/** Adds two figure sets. Associative and commutative, with emptyRollup() as identity. */
export function combine(a: UnitRollup, b: UnitRollup): UnitRollup {
  const byKind = Object.fromEntries(
    TEAM_KINDS.map((kind) => [kind, addTeamCounts(a.teams.byKind[kind], b.teams.byKind[kind])]),
  ) as Record<TeamKind, TeamCounts>;
  return withRates({
    asOf: laterOf(a.asOf, b.asOf),
    teams: { ...addTeamCounts(a.teams, b.teams), byKind },
    members: {
      core: a.members.core + b.members.core,
      collaborators: a.members.collaborators + b.members.collaborators,
    },
    assignments: {
      total: a.assignments.total + b.assignments.total,
      byState: addRecords(a.assignments.byState, b.assignments.byState),
      byBucket: addRecords(a.assignments.byBucket, b.assignments.byBucket),
      belowTarget: a.assignments.belowTarget + b.assignments.belowTarget,
    },
    completionRate: null,
    onTimeRate: null,
    ackLatency: combineAckLatency(a.ackLatency, b.ackLatency),
  });
}

export function combineAll(parts: Iterable<UnitRollup>): UnitRollup {
  let total = emptyRollup();
  for (const part of parts) total = combine(total, part);
  return total;
}

/** Rates recomputed from the bucket counts. */
export function withRates(rollup: UnitRollup): UnitRollup {
  const buckets = rollup.assignments.byBucket;
  const reported = GOVERNMENT_BUCKETS.reduce((sum, bucket) => sum + buckets[bucket], 0);
  if (reported === 0) return { ...rollup, completionRate: null, onTimeRate: null };
  return {
    ...rollup,
    completionRate: (buckets.done_on_time + buckets.done_late) / reported,
    onTimeRate: buckets.done_on_time / reported,
  };
}

/** Assignments in the four reported buckets (declined and cancelled left out). */
export function reportedAssignments(rollup: Pick<UnitRollup, 'assignments'>): number {
  return GOVERNMENT_BUCKETS.reduce((sum, bucket) => sum + rollup.assignments.byBucket[bucket], 0);
}

function addTeamCounts(a: TeamCounts, b: TeamCounts): TeamCounts {
  return { total: a.total + b.total, active: a.active + b.active, compliant: a.compliant + b.compliant };
}

function addRecords<K extends string>(a: Record<K, number>, b: Record<K, number>): Record<K, number> {
  const sum = { ...a };
  for (const key of Object.keys(b) as K[]) sum[key] = (sum[key] ?? 0) + b[key];
  return sum;
}

function laterOf(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  // Canonical ISO, so that equal instants written with different offsets combine the same either way.
  return new Date(Math.max(Date.parse(a), Date.parse(b))).toISOString();
}
