/** Roles in a team; collaborators form the collaborator group attached to the team (§3.1.4). */
export const MEMBERSHIP_ROLES = ['leader', 'deputy', 'member', 'collaborator'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Roles counted in the team's size (5 for a commune team, 5–8 for a village team); collaborators are not. */
export const CORE_ROLES: readonly MembershipRole[] = ['leader', 'deputy', 'member'];

export function isCoreRole(role: MembershipRole): boolean {
  return CORE_ROLES.includes(role);
}

/** Roles a team holds at most once. */
export const SINGLE_HOLDER_ROLES: readonly MembershipRole[] = ['leader', 'deputy'];

/** Roles a person may apply for; leader and deputy are positions the team leader proposes. */
export const SELF_APPLY_ROLES = ['member', 'collaborator'] as const satisfies readonly MembershipRole[];
