import {
  nextRequestState,
  type MembershipRequest,
  type RequestActor,
  type Team,
  type TeamDomainEvent,
} from '@cdt/domain';
import { unwrap } from '../common/domain-result';

/**
 * Closes a pending request because the team or the membership it is about ended (dissolution, direct
 * removal or addition): the governing actor takes the refusal with the authority of the link it waits at.
 */
export function rejectBecauseClosed(
  request: MembershipRequest,
  team: Pick<Team, 'id' | 'unitId' | 'kind' | 'status'>,
  params: { actorId: string; at: string; note: string },
): { request: MembershipRequest; events: TeamDomainEvent[] } {
  const authority: RequestActor = {
    userId: params.actorId,
    isTeamLeader: request.state === 'awaiting_leader',
    isTeamDeputy: false,
    isCommuneChair: request.state === 'awaiting_chair',
  };
  const step = { type: 'reject' as const, at: params.at, note: params.note };
  const { request: closed, events } = unwrap(
    nextRequestState(request, step, authority, { team, members: [] }),
  );
  return { request: closed, events };
}
