import { ErrorCode } from '../errors/error-codes';
import { checkCanAddMember, type MemberCandidate } from './add-member-check';
import { vietnamDateOf } from './calendar';
import { teamEvent, type TeamDomainEvent } from './events';
import type { Membership } from './membership';
import { fail, ok, type DomainResult } from './result';
import type { Team } from './team';

export interface MembershipChange {
  membership: Membership;
  events: TeamDomainEvent[];
}

type TeamRef = Pick<Team, 'id' | 'unitId' | 'kind' | 'status'>;

/** A new active membership (no checks): used after the rules passed, by direct additions and approved joins. */
export function startMembership(
  team: TeamRef,
  accepted: { personId: string; role: Membership['role']; slot: Membership['slot'] },
  params: { membershipId: string; actorId: string; at: string; requestId: string | null },
): MembershipChange {
  const membership: Membership = {
    id: params.membershipId,
    teamId: team.id,
    personId: accepted.personId,
    role: accepted.role,
    slot: accepted.slot,
    status: 'active',
    startedOn: vietnamDateOf(params.at),
    endedOn: null,
    endReason: null,
  };
  const where = { teamId: team.id, unitId: team.unitId, actorId: params.actorId, at: params.at };
  const event = teamEvent('MembershipStarted', where, {
    membershipId: membership.id,
    personId: membership.personId,
    role: membership.role,
    slot: membership.slot,
    requestId: params.requestId,
  });
  return { membership, events: [event] };
}

/**
 * Direct addition by the commune chair (the roster of an establishment decision, a CSV import):
 * every rule of checkCanAddMember applies; the API checks the actor.
 */
export function addMember(
  team: TeamRef,
  members: readonly Membership[],
  candidate: MemberCandidate,
  params: { membershipId: string; actorId: string; at: string },
): DomainResult<MembershipChange> {
  const accepted = checkCanAddMember(team, members, candidate);
  if (!accepted.ok) return accepted;
  return ok(startMembership(team, accepted.value, { ...params, requestId: null }));
}

/** Ends an active membership (approved leave, direct removal, dissolution); a team may fall below its minimum. */
export function endMembership(
  team: TeamRef,
  membership: Membership,
  params: { actorId: string; at: string; reason: string | null; requestId: string | null },
): DomainResult<MembershipChange> {
  if (membership.status !== 'active' || membership.teamId !== team.id) {
    return fail(ErrorCode.NotAMember, 'This membership is not active in this team', {
      membershipId: membership.id,
    });
  }
  const ended: Membership = {
    ...membership,
    status: 'ended',
    endedOn: vietnamDateOf(params.at),
    endReason: params.reason,
  };
  const where = { teamId: team.id, unitId: team.unitId, actorId: params.actorId, at: params.at };
  const event = teamEvent('MembershipEnded', where, {
    membershipId: ended.id,
    personId: ended.personId,
    role: ended.role,
    reason: params.reason,
    requestId: params.requestId,
  });
  return ok({ membership: ended, events: [event] });
}
