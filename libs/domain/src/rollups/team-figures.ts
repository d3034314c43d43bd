import { isBelowTarget, type Assignment } from '../tasks/assignment';
import { bucketOf } from '../tasks/buckets';
import { checkComposition, type CompositionFinding } from '../teams/composition';
import { collaboratorEntries, coreEntries, type RosterEntry } from '../teams/membership';
import type { TeamKind, TeamStatus } from '../teams/team-kind';
import { emptyRollup, withRates, type TeamCounts, type UnitRollup } from './figures';
import { addLatencies, latencySeconds } from './latency';

/** What a rollup needs of an assignment: its state and dates, with its task's due instant. */
export type RollupAssignment = Pick<
  Assignment,
  'state' | 'assignedAt' | 'acknowledgedAt' | 'completedAt' | 'progress' | 'targetValue'
> & { dueAt: string };

export interface TeamFiguresInput {
  team: { kind: TeamKind; status: TeamStatus };
  /** The team's memberships (ended ones are ignored). */
  members: readonly RosterEntry[];
  /** Every assignment of the team, of any task and state. */
  assignments: readonly RollupAssignment[];
  /** The instant buckets are computed at. */
  now: string;
  /** Stored composition findings, if the caller has them; otherwise the roster is checked here. */
  findings?: readonly Pick<CompositionFinding, 'severity'>[];
}

/**
 * One team's figure set. A dissolved team counts no team and no members, but keeps its assignments (history
 * stays in the figures). Latency counts every assignment acknowledged so far, whatever its state now.
 */
export function teamFigures(input: TeamFiguresInput): UnitRollup {
  const figures = emptyRollup();
  figures.asOf = new Date(Date.parse(input.now)).toISOString();
  const { team } = input;
  if (team.status !== 'dissolved') {
    const findings = input.findings ?? checkComposition(team, input.members);
    const counts: TeamCounts = {
      total: 1,
      active: team.status === 'active' ? 1 : 0,
      compliant: team.status === 'active' && !findings.some((f) => f.severity === 'error') ? 1 : 0,
    };
    figures.teams = { ...counts, byKind: { ...figures.teams.byKind, [team.kind]: counts } };
    figures.members = {
      core: coreEntries(input.members).length,
      collaborators: collaboratorEntries(input.members).length,
    };
  }
  const { assignments } = figures;
  const latencies: number[] = [];
  for (const assignment of input.assignments) {
    assignments.total += 1;
    assignments.byState[assignment.state] += 1;
    assignments.byBucket[bucketOf(assignment, assignment.dueAt, input.now)] += 1;
    if (isBelowTarget(assignment)) assignments.belowTarget += 1;
    if (assignment.acknowledgedAt !== null) {
      latencies.push(latencySeconds(assignment.assignedAt, assignment.acknowledgedAt));
    }
  }
  return withRates({ ...figures, ackLatency: addLatencies(figures.ackLatency, latencies) });
}
