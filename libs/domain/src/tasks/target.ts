import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';
import type { TeamKind, TeamStatus } from '../teams/team-kind';
import type { TaskTarget } from './task';

/** A unit as the target walk needs it: the parent link only (levels are never counted). */
export interface TargetUnit {
  id: string;
  parentId: string | null;
}

/** A team as the target walk needs it. */
export interface TargetTeam {
  id: string;
  unitId: string;
  kind: TeamKind;
  status: TeamStatus;
}

export const REFUSED_TEAM_REASONS = ['unknown', 'not_active', 'outside_jurisdiction'] as const;
export type RefusedTeamReason = (typeof REFUSED_TEAM_REASONS)[number];

export interface RefusedTeam {
  teamId: string;
  reason: RefusedTeamReason;
}

export interface TargetResolution<T extends TargetTeam = TargetTeam> {
  /** Teams that receive one assignment each, in a stable order (tree order, or the list's order). */
  teams: T[];
  /** Listed teams left out, with why (always empty for a subtree target: it never names teams). */
  refused: RefusedTeam[];
  counts: Record<TeamKind, number>;
}

/** True when `unitId` is `rootId` or below it, walking parent links up (a cycle in bad data stops the walk). */
export function isInSubtree(
  unitId: string,
  rootId: string,
  parentOf: ReadonlyMap<string, string | null>,
): boolean {
  const seen = new Set<string>();
  let current: string | null | undefined = unitId;
  while (current !== null && current !== undefined && !seen.has(current)) {
    if (current === rootId) return true;
    seen.add(current);
    current = parentOf.get(current);
  }
  return false;
}

/**
 * The teams a task reaches. Subtree: active teams of the chosen kinds whose unit is the target unit or below
 * it; the target unit must lie within the issuer's unit. Team list: the listed teams that are active and
 * within the issuer's unit, the others refused with a reason. Duplicates count once.
 */
export function resolveTargetTeams<T extends TargetTeam>(
  target: TaskTarget,
  teams: readonly T[],
  units: readonly TargetUnit[],
  issuerUnitId: string,
): DomainResult<TargetResolution<T>> {
  const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]));
  if (target.type === 'subtree') {
    if (!parentOf.has(target.unitId)) {
      return fail(ErrorCode.UnitNotFound, 'The target unit does not exist', { unitId: target.unitId });
    }
    if (!isInSubtree(target.unitId, issuerUnitId, parentOf)) {
      return fail(ErrorCode.OutOfJurisdiction, 'The target unit lies outside the issuing unit', {
        unitId: target.unitId,
        issuerUnitId,
      });
    }
    const kinds = new Set(target.teamKinds);
    const chosen = teams.filter(
      (team) =>
        team.status === 'active' && kinds.has(team.kind) && isInSubtree(team.unitId, target.unitId, parentOf),
    );
    return ok(withCounts(sortByTree(chosen, units), []));
  }

  const byId = new Map(teams.map((team) => [team.id, team]));
  const chosen: T[] = [];
  const refused: RefusedTeam[] = [];
  for (const teamId of new Set(target.teamIds)) {
    const team = byId.get(teamId);
    if (!team) refused.push({ teamId, reason: 'unknown' });
    else if (!isInSubtree(team.unitId, issuerUnitId, parentOf))
      refused.push({ teamId, reason: 'outside_jurisdiction' });
    else if (team.status !== 'active') refused.push({ teamId, reason: 'not_active' });
    else chosen.push(team);
  }
  return ok(withCounts(chosen, refused));
}

function withCounts<T extends TargetTeam>(teams: T[], refused: RefusedTeam[]): TargetResolution<T> {
  const counts: Record<TeamKind, number> = { commune: 0, village: 0 };
  for (const team of teams) counts[team.kind] += 1;
  return { teams, refused, counts };
}

/** Depth-first unit order (children in input order): a commune's team comes before its villages' teams. */
function sortByTree<T extends TargetTeam>(teams: T[], units: readonly TargetUnit[]): T[] {
  const children = new Map<string | null, string[]>();
  for (const unit of units) {
    const siblings = children.get(unit.parentId) ?? [];
    siblings.push(unit.id);
    children.set(unit.parentId, siblings);
  }
  const rank = new Map<string, number>();
  const ids = new Set(units.map((unit) => unit.id));
  const roots = units.filter((unit) => unit.parentId === null || !ids.has(unit.parentId)).map((u) => u.id);
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (rank.has(id)) continue;
    rank.set(id, rank.size);
    stack.push(...(children.get(id) ?? []).slice().reverse());
  }
  const order = (team: T) => rank.get(team.unitId) ?? Number.MAX_SAFE_INTEGER;
  return teams
    .map((team, index) => ({ team, index }))
    .sort((a, b) => order(a.team) - order(b.team) || a.index - b.index)
    .map(({ team }) => team);
}
