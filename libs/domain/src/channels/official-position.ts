import type { GrantRole } from '../access/roles';
import type { Position } from '../positions/positions';

/** The district officials the commune team leader invites to the commune group (§3.3). */
export const COMMUNE_CHANNEL_DISTRICT_POSITIONS: readonly Position[] = [
  'culture_info_head',
  'education_head',
  'youth_union_secretary',
];

/** Grants that make their holder an official of the unit; admin and viewer are not steering roles. */
export const STEERING_GRANT_ROLES: readonly GrantRole[] = [
  'province_steering',
  'district_steering',
  'commune_chair',
];

export function isSteeringRole(role: GrantRole): boolean {
  return STEERING_GRANT_ROLES.includes(role);
}
