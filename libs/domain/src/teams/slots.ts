import { ErrorCode } from '../errors/error-codes';
import type { MembershipRole } from './membership-roles';
import { fail, ok, type DomainResult } from './result';
import type { TeamKind } from './team-kind';

/** The five seats of a commune team (§3.1.2); the leader holds `commune_leadership`. */
export const COMMUNE_SLOTS = [
  'commune_leadership',
  'youth_union',
  'womens_union',
  'admin_reform_officer',
  'culture_social_or_police',
] as const;
export type CommuneSlot = (typeof COMMUNE_SLOTS)[number];

/** Seats of a commune team filled by its non-leader core members. */
export const COMMUNE_MEMBER_SLOTS: readonly CommuneSlot[] = COMMUNE_SLOTS.filter(
  (slot) => slot !== 'commune_leadership',
);

/** The two fixed seats of a village team (§3.1.3): leader = village head, deputy = village Youth Union secretary. */
export const VILLAGE_SLOTS = ['village_head', 'village_youth_secretary'] as const;
export type VillageSlot = (typeof VILLAGE_SLOTS)[number];

/** What a village-team member (or any collaborator) is (§3.1.3 examples). */
export const VILLAGE_MEMBER_TAGS = [
  'police',
  'union_official',
  'teacher',
  'health_worker',
  'telecom_it_staff',
  'resident',
  'student',
] as const;
export type VillageMemberTag = (typeof VILLAGE_MEMBER_TAGS)[number];

/** A membership's seat (commune slot or village slot) or, for village members and collaborators, its tag. */
export type TeamSlot = CommuneSlot | VillageSlot | VillageMemberTag;
export const TEAM_SLOTS = [...COMMUNE_SLOTS, ...VILLAGE_SLOTS, ...VILLAGE_MEMBER_TAGS] as const;

/** The slot the plan fixes for a role, if any (commune leader, village leader, village deputy). */
export function impliedSlot(kind: TeamKind, role: MembershipRole): TeamSlot | null {
  if (role === 'leader') return kind === 'commune' ? 'commune_leadership' : 'village_head';
  if (role === 'deputy' && kind === 'village') return 'village_youth_secretary';
  return null;
}

/** The slots a role may take in a team of the given kind; `null` in the list means "no slot" is allowed. */
export function allowedSlots(kind: TeamKind, role: MembershipRole): readonly (TeamSlot | null)[] {
  const implied = impliedSlot(kind, role);
  if (implied) return [implied];
  if (role === 'collaborator') return [null, ...VILLAGE_MEMBER_TAGS];
  return kind === 'commune' ? COMMUNE_MEMBER_SLOTS : VILLAGE_MEMBER_TAGS;
}

/**
 * Checks a role's slot against the plan and fills in the slot the plan implies when none is given:
 * returns the slot to store, or TEAM_SLOT_INVALID with the allowed values.
 */
export function resolveSlot(
  kind: TeamKind,
  role: MembershipRole,
  slot: TeamSlot | null | undefined,
): DomainResult<TeamSlot | null> {
  const allowed = allowedSlots(kind, role);
  const wanted = slot ?? impliedSlot(kind, role);
  if (allowed.includes(wanted)) return ok(wanted);
  const listed = allowed.filter((value): value is TeamSlot => value !== null);
  return fail(
    ErrorCode.TeamSlotInvalid,
    wanted === null
      ? `A ${role} of a ${kind} team needs a slot: one of ${listed.join(', ')}`
      : `A ${role} of a ${kind} team cannot hold slot ${wanted}; allowed: ${listed.join(', ')}`,
    { kind, role, slot: wanted, allowed },
  );
}
