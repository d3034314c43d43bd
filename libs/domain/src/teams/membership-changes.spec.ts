import { ErrorCode } from '../errors/error-codes';
import { addMember, endMembership } from './membership-changes';
import { fullCommuneRoster, member, team, villageRoster } from './spec-fixtures';

describe('addMember (direct addition)', () => {
  it('starts an active membership dated in Vietnam time and emits MembershipStarted', () => {
    // 20:00 UTC on 30 June is already 1 July in Vietnam.
    const result = addMember(
      team('village'),
      villageRoster(4),
      { personId: 'p9', role: 'member', slot: 'teacher' },
      {
        membershipId: 'm9',
        actorId: 'chair',
        at: '2022-06-30T20:00:00.000Z',
      },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.membership).toEqual({
      id: 'm9',
      teamId: 'team-1',
      personId: 'p9',
      role: 'member',
      slot: 'teacher',
      status: 'active',
      startedOn: '2022-07-01',
      endedOn: null,
      endReason: null,
    });
    expect(result.value.events).toEqual([
      {
        type: 'MembershipStarted',
        teamId: 'team-1',
        unitId: 'village-1',
        actorId: 'chair',
        at: '2022-06-30T20:00:00.000Z',
        payload: { membershipId: 'm9', personId: 'p9', role: 'member', slot: 'teacher', requestId: null },
      },
    ]);
  });

  it('refuses what the rules refuse', () => {
    const result = addMember(
      team('commune'),
      fullCommuneRoster(),
      { personId: 'p9', role: 'member', slot: 'youth_union' },
      {
        membershipId: 'm9',
        actorId: 'chair',
        at: 'T',
      },
    );
    expect(result).toMatchObject({ ok: false, error: { code: ErrorCode.TeamFull } });
  });
});

describe('endMembership', () => {
  it('ends an active membership with date and reason, even below the minimum', () => {
    const leaving = member('member', 'resident', { id: 'm1', personId: 'p1' });
    const result = endMembership(team('village'), leaving, {
      actorId: 'chair',
      at: '2022-09-01T01:00:00.000Z',
      reason: 'Chuyển nơi ở',
      requestId: 'r1',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        membership: { ...leaving, status: 'ended', endedOn: '2022-09-01', endReason: 'Chuyển nơi ở' },
        events: [
          {
            type: 'MembershipEnded',
            teamId: 'team-1',
            unitId: 'village-1',
            actorId: 'chair',
            at: '2022-09-01T01:00:00.000Z',
            payload: {
              membershipId: 'm1',
              personId: 'p1',
              role: 'member',
              reason: 'Chuyển nơi ở',
              requestId: 'r1',
            },
          },
        ],
      },
    });
    expect(leaving.status).toBe('active');
  });

  it('refuses a membership already ended or of another team', () => {
    const params = { actorId: 'chair', at: 'T', reason: null, requestId: null };
    const ended = member('member', 'resident', { status: 'ended' });
    expect(endMembership(team('village'), ended, params)).toMatchObject({
      ok: false,
      error: { code: ErrorCode.NotAMember },
    });
    const elsewhere = member('member', 'resident', { teamId: 'team-2' });
    expect(endMembership(team('village'), elsewhere, params)).toMatchObject({
      ok: false,
      error: { code: ErrorCode.NotAMember },
    });
  });
});
