import { ErrorCode } from '../errors/error-codes';
import { openMembershipRequest, type OpenRequestInput } from './request-open';
import { actor, AT, context, member, team, villageRoster } from './spec-fixtures';

const roster = [
  member('leader', 'village_head', { personId: 'leader' }),
  member('deputy', 'village_youth_secretary', { personId: 'deputy' }),
  member('member', 'teacher', { id: 'm-teacher', personId: 'teacher' }),
];
const village = team('village');
const leader = actor('leader', { isTeamLeader: true });
const deputy = actor('deputy', { isTeamDeputy: true });
const chair = actor('chair', { isCommuneChair: true });

function open(overrides: Partial<OpenRequestInput>) {
  return openMembershipRequest({
    id: 'r1',
    kind: 'join',
    context: context(village, roster),
    subjectId: 'applicant',
    slot: 'resident',
    actor: actor('applicant'),
    at: AT,
    existingRequests: [],
    ...overrides,
  });
}

describe('opening a join request', () => {
  it('a person applies: waits for the team leader, with an apply step and a MembershipRequested event', () => {
    const result = open({ note: ' Tôi là sinh viên CNTT ' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.request).toEqual({
      id: 'r1',
      kind: 'join',
      origin: 'self',
      teamId: 'team-1',
      subjectId: 'applicant',
      role: 'member',
      slot: 'resident',
      membershipId: null,
      state: 'awaiting_leader',
      openedById: 'applicant',
      openedAt: AT,
      history: [
        {
          action: 'apply',
          actorId: 'applicant',
          at: AT,
          note: 'Tôi là sinh viên CNTT',
          state: 'awaiting_leader',
        },
      ],
    });
    expect(result.value.events).toEqual([
      {
        type: 'MembershipRequested',
        teamId: 'team-1',
        unitId: 'village-1',
        actorId: 'applicant',
        at: AT,
        payload: {
          requestId: 'r1',
          requestKind: 'join',
          origin: 'self',
          subjectId: 'applicant',
          role: 'member',
          slot: 'resident',
          state: 'awaiting_leader',
        },
      },
    ]);
  });

  it('a person may apply as collaborator but not as leader or deputy', () => {
    expect(open({ role: 'collaborator', slot: null }).ok).toBe(true);
    expect(open({ role: 'deputy', slot: undefined })).toMatchObject({
      ok: false,
      error: { code: ErrorCode.RequestActorNotAllowed },
    });
  });

  it('the team leader’s proposal is their nomination: it goes straight to the commune chair', () => {
    const result = open({ actor: leader });
    expect(result).toMatchObject({
      ok: true,
      value: { request: { origin: 'team_leadership', state: 'awaiting_chair', openedById: 'leader' } },
    });
    if (result.ok) expect(result.value.request.history[0]!.action).toBe('propose');
  });

  it('the deputy may propose, but the leader still nominates', () => {
    expect(open({ actor: deputy })).toMatchObject({
      ok: true,
      value: { request: { origin: 'team_leadership', state: 'awaiting_leader' } },
    });
  });

  it('neither the commune chair alone nor a plain member can open a request for someone else', () => {
    expect(open({ actor: chair })).toMatchObject({
      ok: false,
      error: { code: ErrorCode.RequestActorNotAllowed },
    });
    expect(open({ actor: actor('teacher') })).toMatchObject({
      ok: false,
      error: { code: ErrorCode.RequestActorNotAllowed },
    });
  });

  it('only an active team takes requests', () => {
    for (const status of ['proposed', 'dissolved'] as const) {
      expect(open({ context: context(team('village', status), roster) })).toMatchObject({
        ok: false,
        error: { code: ErrorCode.TeamNotActive },
      });
    }
  });

  it('refuses a second pending request for the same person, not after the first was closed', () => {
    expect(open({ existingRequests: [{ subjectId: 'applicant', state: 'awaiting_chair' }] })).toMatchObject({
      ok: false,
      error: { code: ErrorCode.RequestAlreadyPending },
    });
    expect(open({ existingRequests: [{ subjectId: 'applicant', state: 'rejected' }] }).ok).toBe(true);
    expect(open({ existingRequests: [{ subjectId: 'someone-else', state: 'awaiting_leader' }] }).ok).toBe(
      true,
    );
  });

  it('tells early when the team is full or the person is already in it', () => {
    const full = open({ context: context(village, villageRoster(8)) });
    expect(full).toMatchObject({ ok: false, error: { code: ErrorCode.TeamFull } });
    expect(open({ subjectId: 'teacher', actor: actor('teacher') })).toMatchObject({
      ok: false,
      error: { code: ErrorCode.AlreadyMember },
    });
  });
});

describe('opening a leave request', () => {
  it('a member asks: waits for the leader, carrying the membership, role and slot', () => {
    const result = open({
      kind: 'leave',
      subjectId: 'teacher',
      actor: actor('teacher'),
      note: 'Chuyển công tác',
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        request: {
          kind: 'leave',
          origin: 'self',
          role: 'member',
          slot: 'teacher',
          membershipId: 'm-teacher',
          state: 'awaiting_leader',
          history: [{ action: 'ask_to_leave', note: 'Chuyển công tác' }],
        },
      },
    });
  });

  it('the leader asking to leave, or proposing a member leave, goes straight to the chair', () => {
    expect(open({ kind: 'leave', subjectId: 'leader', actor: leader })).toMatchObject({
      ok: true,
      value: { request: { origin: 'self', state: 'awaiting_chair', role: 'leader' } },
    });
    expect(open({ kind: 'leave', subjectId: 'teacher', actor: leader })).toMatchObject({
      ok: true,
      value: { request: { origin: 'team_leadership', state: 'awaiting_chair' } },
    });
  });

  it('refuses someone who is not an active member', () => {
    expect(open({ kind: 'leave', subjectId: 'applicant' })).toMatchObject({
      ok: false,
      error: { code: ErrorCode.NotAMember },
    });
  });
});
