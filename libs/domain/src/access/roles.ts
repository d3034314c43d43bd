import type { UnitKind } from '../hierarchy/unit-kind';

/** Roles a user holds on a unit; a grant covers the unit's whole subtree and nothing else. */
export const GRANT_ROLES = [
  'admin',
  'province_steering',
  'district_steering',
  'commune_chair',
  'viewer',
] as const;
export type GrantRole = (typeof GRANT_ROLES)[number];

/** The unit kinds on which each role may be granted. */
export const ROLE_UNIT_KINDS: Record<GrantRole, readonly UnitKind[]> = {
  admin: ['province'],
  province_steering: ['province'],
  district_steering: ['district'],
  commune_chair: ['commune'],
  viewer: ['province', 'district', 'commune', 'village'],
};

/** Roles that may manage users and grants inside their subtree. */
export const MANAGING_ROLES: readonly GrantRole[] = [
  'admin',
  'province_steering',
  'district_steering',
  'commune_chair',
];

export function canManageUsers(role: GrantRole): boolean {
  return MANAGING_ROLES.includes(role);
}

export function roleFitsUnit(role: GrantRole, kind: UnitKind): boolean {
  return ROLE_UNIT_KINDS[role].includes(kind);
}
