// Builders shared by the team-registry specs (not exported from the package).
import type { Membership } from './membership';
import type { MembershipRequest, RequestActor, RequestContext } from './membership-request';
import type { MembershipRole } from './membership-roles';
import { COMMUNE_MEMBER_SLOTS, type TeamSlot } from './slots';
import type { Team } from './team';
import type { TeamKind, TeamStatus } from './team-kind';

export const AT = '2022-06-01T02:00:00.000Z';

let sequence = 0;
export function nextId(prefix: string): string {
  sequence += 1;
  return `${prefix}-${sequence}`;
}

export function member(
  role: MembershipRole,
  slot: TeamSlot | null,
  overrides: Partial<Membership> = {},
): Membership {
  return {
    id: nextId('m'),
    teamId: 'team-1',
    personId: nextId('p'),
    role,
    slot,
    status: 'active',
    startedOn: '2022-05-20',
    endedOn: null,
    endReason: null,
    ...overrides,
  };
}

/** A complete commune team: leader plus one person in each member slot. */
export function fullCommuneRoster(): Membership[] {
  return [
    member('leader', 'commune_leadership'),
    ...COMMUNE_MEMBER_SLOTS.map((slot) => member('member', slot)),
  ];
}

/** A village team with leader, deputy and `coreCount - 2` residents. */
export function villageRoster(coreCount: number): Membership[] {
  const roster = [member('leader', 'village_head'), member('deputy', 'village_youth_secretary')];
  while (roster.length < coreCount) roster.push(member('member', 'resident'));
  return roster.slice(0, coreCount);
}

export function team(kind: TeamKind, status: TeamStatus = 'active', overrides: Partial<Team> = {}): Team {
  return {
    id: 'team-1',
    kind,
    unitId: kind === 'commune' ? 'commune-1' : 'village-1',
    name: `Tổ ${kind}`,
    status,
    decision:
      status === 'proposed'
        ? null
        : { number: '12/QĐ-UBND', signedOn: '2022-05-15', signerName: 'Nguyễn Văn A', signerUserId: 'chair' },
    activatedOn: status === 'proposed' ? null : '2022-05-20',
    dissolvedOn: null,
    dissolutionReason: null,
    history: [],
    ...overrides,
  };
}

export function context(t: Team, members: Membership[]): RequestContext {
  return { team: t, members };
}

export function actor(userId: string, flags: Partial<Omit<RequestActor, 'userId'>> = {}): RequestActor {
  return { userId, isTeamLeader: false, isTeamDeputy: false, isCommuneChair: false, ...flags };
}

export function pendingRequest(overrides: Partial<MembershipRequest> = {}): MembershipRequest {
  return {
    id: 'req-1',
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
    history: [],
    ...overrides,
  };
}
