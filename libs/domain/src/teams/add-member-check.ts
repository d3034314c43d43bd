import { ErrorCode } from '../errors/error-codes';
import { activeEntries, type RosterEntry } from './membership';
import { isCoreRole, SINGLE_HOLDER_ROLES, type MembershipRole } from './membership-roles';
import { fail, ok, type DomainResult } from './result';
import { checkCanAddCoreMember } from './size-rules';
import { COMMUNE_SLOTS, resolveSlot, type TeamSlot } from './slots';
import type { TeamKind, TeamStatus } from './team-kind';

export interface MemberCandidate {
  personId: string;
  role: MembershipRole;
  /** Omit where the plan implies the slot (leaders; village deputies). */
  slot?: TeamSlot | null;
}

/** The membership to store once every rule passed. */
export interface AcceptedCandidate {
  personId: string;
  role: MembershipRole;
  slot: TeamSlot | null;
}

/**
 * Every rule a new membership must pass, in the order a user can act on: team not dissolved, person not
 * already in, slot fits the role, size (TEAM_FULL offers the collaborator group), leader/deputy free,
 * commune slot free. Used for direct additions and re-checked at each step of a join request.
 */
export function checkCanAddMember(
  team: { kind: TeamKind; status: TeamStatus },
  members: readonly RosterEntry[],
  candidate: MemberCandidate,
): DomainResult<AcceptedCandidate> {
  if (team.status === 'dissolved') {
    return fail(ErrorCode.TeamNotActive, 'A dissolved team takes no new members', { status: team.status });
  }
  const active = activeEntries(members);
  if (active.some((entry) => entry.personId === candidate.personId)) {
    return fail(ErrorCode.AlreadyMember, 'This person is already a member of the team', {
      personId: candidate.personId,
    });
  }
  const slot = resolveSlot(team.kind, candidate.role, candidate.slot);
  if (!slot.ok) return slot;
  if (isCoreRole(candidate.role)) {
    const size = checkCanAddCoreMember(team, active);
    if (!size.ok) return size;
  }
  if (SINGLE_HOLDER_ROLES.includes(candidate.role) && active.some((entry) => entry.role === candidate.role)) {
    return fail(ErrorCode.TeamRoleTaken, `The team already has a ${candidate.role}`, {
      role: candidate.role,
    });
  }
  const takenSlot =
    team.kind === 'commune' && (COMMUNE_SLOTS as readonly (TeamSlot | null)[]).includes(slot.value);
  if (takenSlot && active.some((entry) => isCoreRole(entry.role) && entry.slot === slot.value)) {
    return fail(ErrorCode.TeamSlotTaken, `Slot ${String(slot.value)} of the commune team is already filled`, {
      slot: slot.value,
    });
  }
  return ok({ personId: candidate.personId, role: candidate.role, slot: slot.value });
}
