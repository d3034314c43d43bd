import { ErrorCode } from '../errors/error-codes';
import { checkCanAddMember } from './add-member-check';
import { teamEvent, type TeamDomainEvent } from './events';
import { activeEntries } from './membership';
import {
  isPendingRequest,
  type MembershipRequest,
  type RequestActor,
  type RequestContext,
  type RequestHistoryAction,
  type RequestKind,
  type RequestOrigin,
} from './membership-request';
import { SELF_APPLY_ROLES, type MembershipRole } from './membership-roles';
import { fail, ok, type DomainResult } from './result';
import type { TeamSlot } from './slots';

export interface OpenRequestInput {
  id: string;
  kind: RequestKind;
  context: RequestContext;
  subjectId: string;
  /** Join only: the role asked for (default member) and its slot or tag. */
  role?: MembershipRole;
  slot?: TeamSlot | null;
  actor: RequestActor;
  at: string;
  note?: string | null;
  /** Requests already on file for this team (any state); a second pending one for the same person is refused. */
  existingRequests: readonly Pick<MembershipRequest, 'subjectId' | 'state'>[];
}

export interface RequestChange {
  request: MembershipRequest;
  events: TeamDomainEvent[];
}

/**
 * Opens a join or leave request. The person opens it for themself, or the team's leader/deputy opens it
 * for them; the commune chair alone cannot (the chair adds directly instead). A request opened by the team
 * leader — or about the leader — starts at the chair: the leader's proposal is their nomination/forwarding.
 */
export function openMembershipRequest(input: OpenRequestInput): DomainResult<RequestChange> {
  const { actor, context, kind, subjectId } = input;
  const note = input.note?.trim() || null;
  const self = actor.userId === subjectId;
  if (!self && !actor.isTeamLeader && !actor.isTeamDeputy) {
    return fail(
      ErrorCode.RequestActorNotAllowed,
      'Only the person concerned or the team’s leader or deputy can open this request',
      { kind },
    );
  }
  if (context.team.status !== 'active') {
    return fail(ErrorCode.TeamNotActive, 'Requests are taken only by an active team', {
      status: context.team.status,
    });
  }
  if (input.existingRequests.some((r) => r.subjectId === subjectId && isPendingRequest(r.state))) {
    return fail(ErrorCode.RequestAlreadyPending, 'This person already has a pending request for this team', {
      subjectId,
    });
  }

  let role: MembershipRole;
  let slot: TeamSlot | null;
  let membershipId: string | null = null;
  if (kind === 'join') {
    role = input.role ?? 'member';
    if (self && !(SELF_APPLY_ROLES as readonly MembershipRole[]).includes(role)) {
      return fail(
        ErrorCode.RequestActorNotAllowed,
        'A person applies as member or collaborator; the team leader proposes leaders and deputies',
        { role },
      );
    }
    const accepted = checkCanAddMember(context.team, context.members, {
      personId: subjectId,
      role,
      slot: input.slot,
    });
    if (!accepted.ok) return accepted;
    slot = accepted.value.slot;
  } else {
    const membership = activeEntries(context.members).find((m) => m.personId === subjectId);
    if (!membership) {
      return fail(ErrorCode.NotAMember, 'This person is not an active member of the team', { subjectId });
    }
    ({ role, slot } = membership);
    membershipId = membership.id;
  }

  const origin: RequestOrigin = self ? 'self' : 'team_leadership';
  // The team leader's own step is done by opening it; anyone else's request waits for the leader first.
  const state = actor.isTeamLeader ? 'awaiting_chair' : 'awaiting_leader';
  const action: RequestHistoryAction =
    origin === 'team_leadership' ? 'propose' : kind === 'join' ? 'apply' : 'ask_to_leave';
  const request: MembershipRequest = {
    id: input.id,
    kind,
    origin,
    teamId: context.team.id,
    subjectId,
    role,
    slot,
    membershipId,
    state,
    openedById: actor.userId,
    openedAt: input.at,
    history: [{ action, actorId: actor.userId, at: input.at, note, state }],
  };
  const where = { teamId: context.team.id, unitId: context.team.unitId, actorId: actor.userId, at: input.at };
  const event = teamEvent('MembershipRequested', where, {
    requestId: request.id,
    requestKind: kind,
    origin,
    subjectId,
    role,
    slot,
    state,
  });
  return ok({ request, events: [event] });
}
