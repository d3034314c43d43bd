import { ErrorCode } from '../errors/error-codes';
import { coreEntries, type RosterEntry } from './membership';
import { fail, ok, type DomainResult } from './result';
import type { TeamKind } from './team-kind';

/** Core size per kind (§3.1.1, §3.1.4): a commune team keeps exactly 5, a village team 5 to 8. */
export const TEAM_SIZE: Record<TeamKind, { min: number; max: number }> = {
  commune: { min: 5, max: 5 },
  village: { min: 5, max: 8 },
};

export const SIZE_STATUSES = ['below_minimum', 'within_range', 'above_maximum'] as const;
export type SizeStatus = (typeof SIZE_STATUSES)[number];

export function sizeStatus(kind: TeamKind, coreCount: number): SizeStatus {
  const { min, max } = TEAM_SIZE[kind];
  if (coreCount < min) return 'below_minimum';
  return coreCount > max ? 'above_maximum' : 'within_range';
}

export interface CoreSizeAfterAdd {
  coreCountAfter: number;
  /** `below_minimum` is allowed (a team fills up over time) but flagged by the composition check. */
  sizeStatusAfter: SizeStatus;
}

/**
 * Whether one more core member (leader, deputy or member) fits: a 6th in a commune team or a 9th in a
 * village team is refused with TEAM_FULL, pointing to the collaborator group (§3.1.4).
 */
export function checkCanAddCoreMember(
  team: { kind: TeamKind },
  members: readonly RosterEntry[],
): DomainResult<CoreSizeAfterAdd> {
  const coreCount = coreEntries(members).length;
  const { max } = TEAM_SIZE[team.kind];
  if (coreCount >= max) {
    return fail(
      ErrorCode.TeamFull,
      `A ${team.kind} team has at most ${max} core members and already has ${coreCount}; ` +
        'add this person to the team’s collaborator group instead',
      { kind: team.kind, coreCount, max, suggestedRole: 'collaborator' },
    );
  }
  return ok({ coreCountAfter: coreCount + 1, sizeStatusAfter: sizeStatus(team.kind, coreCount + 1) });
}
