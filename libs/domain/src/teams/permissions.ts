import type { MembershipRole } from './membership-roles';

/** What a team role lets its holder do; memberships never grant anything on the unit itself. */
export interface TeamPermissions {
  /** See the team's roster, tasks, channel and reports. */
  readTeamWork: boolean;
  /** Act for the team: acknowledge and update its tasks, post in its channel as the team, report. */
  actForTeam: boolean;
  /** Open join/leave requests on someone's behalf. */
  proposeMembers: boolean;
  /** Nominate joins and forward leaves to the commune chair (the leader's link in §3.1.4). */
  nominateMembers: boolean;
  /** Always false: a membership is not a grant on the team's unit (grants come from the access model). */
  grantsOnUnit: false;
}

const NONE: TeamPermissions = {
  readTeamWork: false,
  actForTeam: false,
  proposeMembers: false,
  nominateMembers: false,
  grantsOnUnit: false,
};

const BY_ROLE: Record<MembershipRole, TeamPermissions> = {
  leader: {
    readTeamWork: true,
    actForTeam: true,
    proposeMembers: true,
    nominateMembers: true,
    grantsOnUnit: false,
  },
  // The deputy acts for the team but the plan gives nomination to the leader alone.
  deputy: {
    readTeamWork: true,
    actForTeam: true,
    proposeMembers: true,
    nominateMembers: false,
    grantsOnUnit: false,
  },
  member: { ...NONE, readTeamWork: true },
  collaborator: { ...NONE, readTeamWork: true },
};

/** Permissions of an active membership's role; pass null for someone with no active membership. */
export function teamPermissions(role: MembershipRole | null): TeamPermissions {
  return { ...(role === null ? NONE : BY_ROLE[role]) };
}
