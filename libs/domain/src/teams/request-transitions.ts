import { ErrorCode } from '../errors/error-codes';
import { checkCanAddMember } from './add-member-check';
import { teamEvent, type TeamDomainEvent } from './events';
import type { Membership } from './membership';
import { endMembership, startMembership } from './membership-changes';
import {
  isPendingRequest,
  REQUEST_ACTIONS,
  type MembershipRequest,
  type RequestAction,
  type RequestActor,
  type RequestContext,
  type RequestState,
} from './membership-request';
import type { RequestChange } from './request-open';
import { fail, ok, type DomainResult } from './result';

export interface RequestStepInput {
  type: RequestAction;
  at: string;
  note?: string | null;
  /** Approving a join: the id of the membership it creates. */
  newMembershipId?: string;
}

export interface RequestStepResult extends RequestChange {
  /** The membership started (approved join) or ended (approved leave). */
  membership: Membership | null;
}

/** Who may ever take each step (§3.1.4): only the leader nominates/forwards, only the commune chair approves. */
const MAY_TAKE: Record<RequestAction, (actor: RequestActor, request: MembershipRequest) => boolean> = {
  nominate: (actor) => actor.isTeamLeader,
  forward: (actor) => actor.isTeamLeader,
  approve: (actor) => actor.isCommuneChair,
  reject: (actor) => actor.isTeamLeader || actor.isCommuneChair,
  // Only whoever opened it may take it back; a person cannot withdraw the leader's proposal about them.
  withdraw: (actor, request) => actor.userId === request.openedById,
};

/**
 * The state a step leads to if the actor may take it now, from the chain alone (no team data):
 * closed requests and wrong-kind steps are state conflicts; skipping a link is refused.
 */
export function checkRequestStep(
  request: MembershipRequest,
  type: RequestAction,
  actor: RequestActor,
): DomainResult<RequestState> {
  const refuse = (message: string) =>
    fail<RequestState>(ErrorCode.RequestInvalidTransition, message, { state: request.state, action: type });
  const notAllowed = (message: string) =>
    fail<RequestState>(ErrorCode.RequestActorNotAllowed, message, { state: request.state, action: type });

  if (!isPendingRequest(request.state)) return refuse(`This request is already ${request.state}`);
  if ((type === 'nominate' && request.kind !== 'join') || (type === 'forward' && request.kind !== 'leave')) {
    return refuse(`A ${request.kind} request cannot be ${type}d`);
  }
  if (!MAY_TAKE[type](actor, request)) return notAllowed(notAllowedMessage(type));

  const atLeader = request.state === 'awaiting_leader';
  switch (type) {
    case 'nominate':
    case 'forward':
      return atLeader ? ok('awaiting_chair') : refuse(`This request was already ${type}ed`);
    case 'approve':
      return atLeader
        ? refuse('The team leader must act on this request before the commune chair')
        : ok('approved');
    case 'reject':
      // At each link only that link's holder decides: the leader declines, or the chair refuses.
      if (atLeader && !actor.isTeamLeader) return notAllowed('The team leader decides on this request first');
      if (!atLeader && !actor.isCommuneChair)
        return notAllowed('Only the commune chair decides at this step');
      return ok('rejected');
    case 'withdraw':
      return ok('withdrawn');
  }
}

function notAllowedMessage(type: RequestAction): string {
  if (type === 'approve') return 'Only the chair of the team’s commune can approve';
  if (type === 'withdraw') return 'Only whoever opened the request can withdraw it';
  if (type === 'reject') return 'Only the team leader or the commune chair can reject';
  return `Only the team leader can ${type} this request`;
}

/** The steps the actor may take on the request now (for buttons); team rules are re-checked on the step itself. */
export function availableRequestActions(request: MembershipRequest, actor: RequestActor): RequestAction[] {
  return REQUEST_ACTIONS.filter((type) => checkRequestStep(request, type, actor).ok);
}

/**
 * Takes one step of a join/leave request. Steps that move a request forward re-check the team as it is now:
 * it must be active; a join must still fit (size, role, slot — TEAM_FULL at approval if the team filled up);
 * a leave needs the membership still active. Approving also starts or ends the membership.
 */
export function nextRequestState(
  request: MembershipRequest,
  step: RequestStepInput,
  actor: RequestActor,
  context: RequestContext,
): DomainResult<RequestStepResult> {
  const next = checkRequestStep(request, step.type, actor);
  if (!next.ok) return next;
  const note = step.note?.trim() || null;
  const where = { teamId: request.teamId, unitId: context.team.unitId, actorId: actor.userId, at: step.at };
  const updated: MembershipRequest = {
    ...request,
    state: next.value,
    history: [
      ...request.history,
      { action: step.type, actorId: actor.userId, at: step.at, note, state: next.value },
    ],
  };
  const { subjectId, kind: requestKind } = request;
  const done = (events: TeamDomainEvent[], membership: Membership | null = null) =>
    ok<RequestStepResult>({ request: updated, events, membership });

  if (step.type === 'reject') {
    const stage = request.state === 'awaiting_leader' ? 'team_leader' : 'commune_chair';
    return done([
      teamEvent('MembershipRejected', where, { requestId: request.id, requestKind, subjectId, stage, note }),
    ]);
  }
  if (step.type === 'withdraw') {
    return done([
      teamEvent('MembershipRequestWithdrawn', where, { requestId: request.id, requestKind, subjectId }),
    ]);
  }

  if (context.team.status !== 'active') {
    return fail(ErrorCode.TeamNotActive, 'The team is no longer active', { status: context.team.status });
  }
  const approved = () =>
    teamEvent('MembershipApproved', where, { requestId: request.id, requestKind, subjectId });

  if (request.kind === 'leave') {
    const membership = findActiveMembership(request, context);
    if (!membership) {
      return fail(ErrorCode.NotAMember, 'This person is no longer an active member of the team', {
        subjectId,
      });
    }
    if (step.type === 'forward') {
      return done([teamEvent('MembershipForwarded', where, { requestId: request.id, subjectId })]);
    }
    // The member's own words when asking are the reason for leaving; the chair's note is the fallback.
    const reason = request.history[0]?.note ?? note;
    const ended = endMembership(context.team, membership, {
      actorId: actor.userId,
      at: step.at,
      reason,
      requestId: request.id,
    });
    if (!ended.ok) return ended;
    return done([approved(), ...ended.value.events], ended.value.membership);
  }

  const candidate = { personId: subjectId, role: request.role, slot: request.slot };
  const accepted = checkCanAddMember(context.team, context.members, candidate);
  if (!accepted.ok) return accepted;
  if (step.type === 'nominate') {
    return done([teamEvent('MembershipNominated', where, { requestId: request.id, subjectId })]);
  }
  if (!step.newMembershipId) {
    return fail(ErrorCode.ValidationFailed, 'Approving a join needs the id of the membership it creates');
  }
  const started = startMembership(context.team, accepted.value, {
    membershipId: step.newMembershipId,
    actorId: actor.userId,
    at: step.at,
    requestId: request.id,
  });
  updated.membershipId = started.membership.id;
  return done([approved(), ...started.events], started.membership);
}

function findActiveMembership(request: MembershipRequest, context: RequestContext): Membership | undefined {
  return context.members.find(
    (m) => m.status === 'active' && m.personId === request.subjectId && m.teamId === request.teamId,
  );
}
