import { ErrorCode } from '../errors/error-codes';
import { awaitingWhom, type MembershipRequest, type RequestAction } from './membership-request';
import {
  availableRequestActions,
  checkRequestStep,
  nextRequestState,
  type RequestStepInput,
} from './request-transitions';
import { actor, context, member, pendingRequest, team, villageRoster } from './spec-fixtures';

const village = team('village');
const roster = [
  member('leader', 'village_head', { personId: 'leader' }),
  member('deputy', 'village_youth_secretary', { personId: 'deputy' }),
  member('member', 'teacher', { id: 'm-teacher', personId: 'teacher' }),
];
const ctx = context(village, roster);
const leader = actor('leader', { isTeamLeader: true });
const deputy = actor('deputy', { isTeamDeputy: true });
const chair = actor('chair', { isCommuneChair: true });
const otherChair = actor('other-chair');
const applicant = actor('applicant');

const step = (type: RequestAction, extra: Partial<RequestStepInput> = {}): RequestStepInput => ({
  type,
  at: `2022-06-0${['nominate', 'forward'].includes(type) ? 2 : 3}T02:00:00.000Z`,
  ...extra,
});
const join = pendingRequest();
const nominated: MembershipRequest = { ...join, state: 'awaiting_chair' };
const leave = pendingRequest({
  kind: 'leave',
  subjectId: 'teacher',
  openedById: 'teacher',
  role: 'member',
  slot: 'teacher',
  membershipId: 'm-teacher',
  history: [
    { action: 'ask_to_leave', actorId: 'teacher', at: 'T0', note: 'Đi học xa', state: 'awaiting_leader' },
  ],
});

function codeOf(result: { ok: boolean; error?: { code: string } }): string | null {
  return result.ok ? null : result.error!.code;
}

describe('join: apply → leader nominates → commune chair approves', () => {
  it('walks the whole chain, recording each step, and starts the membership on approval', () => {
    const afterNominate = nextRequestState(join, step('nominate', { note: 'Nhiệt tình' }), leader, ctx);
    expect(afterNominate.ok).toBe(true);
    if (!afterNominate.ok) return;
    expect(afterNominate.value.request.state).toBe('awaiting_chair');
    expect(afterNominate.value.membership).toBeNull();
    expect(afterNominate.value.events.map((e) => e.type)).toEqual(['MembershipNominated']);

    const afterApprove = nextRequestState(
      afterNominate.value.request,
      step('approve', { newMembershipId: 'm-new' }),
      chair,
      ctx,
    );
    expect(afterApprove.ok).toBe(true);
    if (!afterApprove.ok) return;
    const { request, events, membership } = afterApprove.value;
    expect(request.state).toBe('approved');
    expect(request.membershipId).toBe('m-new');
    expect(request.history.map((h) => [h.action, h.actorId, h.state])).toEqual([
      ['nominate', 'leader', 'awaiting_chair'],
      ['approve', 'chair', 'approved'],
    ]);
    expect(request.history[0]!.note).toBe('Nhiệt tình');
    expect(membership).toEqual({
      id: 'm-new',
      teamId: 'team-1',
      personId: 'applicant',
      role: 'member',
      slot: 'resident',
      status: 'active',
      startedOn: '2022-06-03',
      endedOn: null,
      endReason: null,
    });
    expect(events.map((e) => e.type)).toEqual(['MembershipApproved', 'MembershipStarted']);
    expect(events[1]!.payload).toMatchObject({ membershipId: 'm-new', requestId: 'req-1' });
    expect(events.every((e) => e.unitId === 'village-1' && e.actorId === 'chair')).toBe(true);
  });

  it('a leader cannot approve', () => {
    expect(codeOf(nextRequestState(nominated, step('approve', { newMembershipId: 'x' }), leader, ctx))).toBe(
      ErrorCode.RequestActorNotAllowed,
    );
  });

  it('a chair of another commune cannot approve', () => {
    expect(
      codeOf(nextRequestState(nominated, step('approve', { newMembershipId: 'x' }), otherChair, ctx)),
    ).toBe(ErrorCode.RequestActorNotAllowed);
  });

  it('the commune chair cannot skip the leader: neither approve first nor nominate on the leader’s behalf', () => {
    expect(codeOf(nextRequestState(join, step('approve', { newMembershipId: 'x' }), chair, ctx))).toBe(
      ErrorCode.RequestInvalidTransition,
    );
    expect(codeOf(nextRequestState(join, step('nominate'), chair, ctx))).toBe(
      ErrorCode.RequestActorNotAllowed,
    );
  });

  it('the deputy and the applicant cannot nominate', () => {
    expect(codeOf(nextRequestState(join, step('nominate'), deputy, ctx))).toBe(
      ErrorCode.RequestActorNotAllowed,
    );
    expect(codeOf(nextRequestState(join, step('nominate'), applicant, ctx))).toBe(
      ErrorCode.RequestActorNotAllowed,
    );
  });

  it('nominating twice is a state conflict', () => {
    expect(codeOf(nextRequestState(nominated, step('nominate'), leader, ctx))).toBe(
      ErrorCode.RequestInvalidTransition,
    );
  });

  it('re-checks the size rules at approval: a team that filled up meanwhile refuses with TEAM_FULL', () => {
    const full = context(village, villageRoster(8));
    const result = nextRequestState(nominated, step('approve', { newMembershipId: 'x' }), chair, full);
    expect(codeOf(result)).toBe(ErrorCode.TeamFull);
    expect(nominated.state).toBe('awaiting_chair');
    expect(nominated.history).toEqual([]);
  });

  it('re-checks at nomination too, and a collaborator still fits a full team', () => {
    const full = context(village, villageRoster(8));
    expect(codeOf(nextRequestState(join, step('nominate'), leader, full))).toBe(ErrorCode.TeamFull);
    const collaborator = { ...nominated, role: 'collaborator' as const, slot: null };
    expect(nextRequestState(collaborator, step('approve', { newMembershipId: 'x' }), chair, full).ok).toBe(
      true,
    );
  });

  it('re-checks the person is not already in (added directly meanwhile)', () => {
    const added = context(village, [...roster, member('member', 'resident', { personId: 'applicant' })]);
    expect(codeOf(nextRequestState(nominated, step('approve', { newMembershipId: 'x' }), chair, added))).toBe(
      ErrorCode.AlreadyMember,
    );
  });

  it('needs the id of the membership it creates', () => {
    expect(codeOf(nextRequestState(nominated, step('approve'), chair, ctx))).toBe(ErrorCode.ValidationFailed);
  });

  it('lets one person who is both leader and chair take both steps, one at a time', () => {
    const both = actor('leader', { isTeamLeader: true, isCommuneChair: true });
    expect(availableRequestActions(join, both)).toEqual(['nominate', 'reject']);
    const first = nextRequestState(join, step('nominate'), both, ctx);
    expect(first.ok && first.value.request.state).toBe('awaiting_chair');
    if (!first.ok) return;
    expect(availableRequestActions(first.value.request, both)).toEqual(['approve', 'reject']);
    const second = nextRequestState(
      first.value.request,
      step('approve', { newMembershipId: 'x' }),
      both,
      ctx,
    );
    expect(second.ok && second.value.request.history.map((h) => h.action)).toEqual(['nominate', 'approve']);
  });

  it('refuses moving a request forward once the team is dissolved, but still lets it be rejected', () => {
    const dissolved = context(team('village', 'dissolved'), roster);
    expect(
      codeOf(nextRequestState(nominated, step('approve', { newMembershipId: 'x' }), chair, dissolved)),
    ).toBe(ErrorCode.TeamNotActive);
    expect(nextRequestState(nominated, step('reject', { note: 'Tổ đã giải thể' }), chair, dissolved).ok).toBe(
      true,
    );
  });
});

describe('rejecting', () => {
  it('the leader declines at the first link; the chair refuses at the second', () => {
    const declined = nextRequestState(join, step('reject', { note: 'Không cư trú tại thôn' }), leader, ctx);
    expect(declined.ok).toBe(true);
    if (declined.ok) {
      expect(declined.value.request.state).toBe('rejected');
      expect(declined.value.events[0]).toMatchObject({
        type: 'MembershipRejected',
        payload: {
          stage: 'team_leader',
          note: 'Không cư trú tại thôn',
          requestKind: 'join',
          subjectId: 'applicant',
        },
      });
      expect(declined.value.membership).toBeNull();
    }
    const refused = nextRequestState(nominated, step('reject', { note: 'x' }), chair, ctx);
    expect(refused.ok && refused.value.events[0]!.payload).toMatchObject({ stage: 'commune_chair' });
  });

  it('each link decides only at its own step', () => {
    expect(codeOf(nextRequestState(join, step('reject'), chair, ctx))).toBe(ErrorCode.RequestActorNotAllowed);
    expect(codeOf(nextRequestState(nominated, step('reject'), leader, ctx))).toBe(
      ErrorCode.RequestActorNotAllowed,
    );
    expect(codeOf(nextRequestState(join, step('reject'), applicant, ctx))).toBe(
      ErrorCode.RequestActorNotAllowed,
    );
  });
});

describe('withdrawing', () => {
  it('whoever opened the request may withdraw it while pending', () => {
    const result = nextRequestState(nominated, step('withdraw'), applicant, ctx);
    expect(result).toMatchObject({
      ok: true,
      value: { request: { state: 'withdrawn' }, events: [{ type: 'MembershipRequestWithdrawn' }] },
    });
  });

  it('the subject cannot withdraw the leader’s proposal about them; the leader can', () => {
    const proposal = { ...nominated, origin: 'team_leadership' as const, openedById: 'leader' };
    expect(codeOf(nextRequestState(proposal, step('withdraw'), applicant, ctx))).toBe(
      ErrorCode.RequestActorNotAllowed,
    );
    expect(nextRequestState(proposal, step('withdraw'), leader, ctx).ok).toBe(true);
  });
});

describe('closed requests', () => {
  it.each(['approved', 'rejected', 'withdrawn'] as const)('a %s request takes no further step', (state) => {
    const closed = { ...join, state };
    const everyone = actor('applicant', { isTeamLeader: true, isTeamDeputy: true, isCommuneChair: true });
    for (const type of ['nominate', 'forward', 'approve', 'reject', 'withdraw'] as const) {
      expect(codeOf(checkRequestStep(closed, type, everyone))).toBe(ErrorCode.RequestInvalidTransition);
    }
    expect(availableRequestActions(closed, everyone)).toEqual([]);
    expect(awaitingWhom(state)).toBeNull();
  });
});

describe('leave: member asks → leader forwards → commune chair approves', () => {
  it('ends the membership on approval, giving the member’s own reason', () => {
    const forwarded = nextRequestState(leave, step('forward'), leader, ctx);
    expect(forwarded.ok).toBe(true);
    if (!forwarded.ok) return;
    expect(forwarded.value.request.state).toBe('awaiting_chair');
    expect(forwarded.value.events.map((e) => e.type)).toEqual(['MembershipForwarded']);

    const approved = nextRequestState(
      forwarded.value.request,
      step('approve', { note: 'Đồng ý' }),
      chair,
      ctx,
    );
    expect(approved.ok).toBe(true);
    if (!approved.ok) return;
    expect(approved.value.membership).toMatchObject({
      id: 'm-teacher',
      status: 'ended',
      endedOn: '2022-06-03',
      endReason: 'Đi học xa',
    });
    expect(approved.value.events.map((e) => e.type)).toEqual(['MembershipApproved', 'MembershipEnded']);
    expect(approved.value.events[1]!.payload).toMatchObject({ requestId: 'req-1', reason: 'Đi học xa' });
    expect(approved.value.request.history.map((h) => h.action)).toEqual([
      'ask_to_leave',
      'forward',
      'approve',
    ]);
  });

  it('join and leave steps do not mix', () => {
    expect(codeOf(nextRequestState(leave, step('nominate'), leader, ctx))).toBe(
      ErrorCode.RequestInvalidTransition,
    );
    expect(codeOf(nextRequestState(join, step('forward'), leader, ctx))).toBe(
      ErrorCode.RequestInvalidTransition,
    );
  });

  it('a leader cannot approve a leave, and the chair cannot skip the leader', () => {
    const atChair = { ...leave, state: 'awaiting_chair' as const };
    expect(codeOf(nextRequestState(atChair, step('approve'), leader, ctx))).toBe(
      ErrorCode.RequestActorNotAllowed,
    );
    expect(codeOf(nextRequestState(leave, step('approve'), chair, ctx))).toBe(
      ErrorCode.RequestInvalidTransition,
    );
  });

  it('refuses approval when the membership already ended (removed directly meanwhile)', () => {
    const atChair = { ...leave, state: 'awaiting_chair' as const };
    const ended = context(
      village,
      roster.map((m) => (m.personId === 'teacher' ? { ...m, status: 'ended' as const } : m)),
    );
    expect(codeOf(nextRequestState(atChair, step('approve'), chair, ended))).toBe(ErrorCode.NotAMember);
    expect(codeOf(nextRequestState(leave, step('forward'), leader, ended))).toBe(ErrorCode.NotAMember);
  });
});

describe('availableRequestActions and awaitingWhom', () => {
  it('offers each actor only their own link', () => {
    expect(availableRequestActions(join, leader)).toEqual(['nominate', 'reject']);
    expect(availableRequestActions(join, deputy)).toEqual([]);
    expect(availableRequestActions(join, chair)).toEqual([]);
    expect(availableRequestActions(join, applicant)).toEqual(['withdraw']);
    expect(availableRequestActions(nominated, chair)).toEqual(['approve', 'reject']);
    expect(availableRequestActions(nominated, leader)).toEqual([]);
    expect(availableRequestActions(leave, leader)).toEqual(['forward', 'reject']);
  });

  it('names whose turn it is', () => {
    expect(awaitingWhom('awaiting_leader')).toBe('team_leader');
    expect(awaitingWhom('awaiting_chair')).toBe('commune_chair');
  });
});
