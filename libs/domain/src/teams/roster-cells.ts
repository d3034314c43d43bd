import { foldForSearch } from '../common/text';
import { MEMBERSHIP_ROLE_LABELS_VI, TEAM_SLOT_LABELS_VI } from './labels-vi';
import { MEMBERSHIP_ROLES, type MembershipRole } from './membership-roles';
import { COMMUNE_SLOTS, TEAM_SLOTS, VILLAGE_MEMBER_TAGS, VILLAGE_SLOTS, type TeamSlot } from './slots';
import type { TeamKind } from './team-kind';

/** Short forms communes write in their lists, folded (no diacritics, lower case). */
const ROLE_ALIASES: Record<string, MembershipRole> = {
  'to truong': 'leader',
  truong: 'leader',
  'to pho': 'deputy',
  pho: 'deputy',
  'thanh vien': 'member',
  ctv: 'collaborator',
  'cong tac vien': 'collaborator',
};

const SLOT_ALIASES: Record<TeamKind, Record<string, TeamSlot>> = {
  commune: {
    'lanh dao ubnd': 'commune_leadership',
    'lanh dao ubnd xa': 'commune_leadership',
    'doan thanh nien': 'youth_union',
    'bi thu doan': 'youth_union',
    'pho bi thu doan': 'youth_union',
    'hoi lhpn': 'womens_union',
    'phu nu': 'womens_union',
    'hoi phu nu': 'womens_union',
    cchc: 'admin_reform_officer',
    'cai cach hanh chinh': 'admin_reform_officer',
    'van hoa - xa hoi': 'culture_social_or_police',
    'van hoa xa hoi': 'culture_social_or_police',
    'cong an xa': 'culture_social_or_police',
  },
  village: {
    'truong thon': 'village_head',
    'truong ban': 'village_head',
    'to truong to dan pho': 'village_head',
    'bi thu doan': 'village_youth_secretary',
    'bi thu doan thon': 'village_youth_secretary',
    'cong an': 'police',
    'doan the': 'union_official',
    'y te': 'health_worker',
    'buu chinh': 'telecom_it_staff',
    'vien thong': 'telecom_it_staff',
    cntt: 'telecom_it_staff',
  },
};

/** Slots that can appear in a team of each kind (its seats, plus tags for collaborators or members). */
const SLOTS_BY_KIND: Record<TeamKind, readonly TeamSlot[]> = {
  commune: [...COMMUNE_SLOTS, ...VILLAGE_MEMBER_TAGS],
  village: [...VILLAGE_SLOTS, ...VILLAGE_MEMBER_TAGS],
};

/** A role cell: the code ("leader") or the Vietnamese word ("Tổ trưởng", "CTV"), any case or accents. */
export function parseRoleCell(text: string): MembershipRole | null {
  const folded = foldForSearch(text);
  const byCode = MEMBERSHIP_ROLES.find((role) => role === folded);
  if (byCode) return byCode;
  const byLabel = MEMBERSHIP_ROLES.find((role) => foldForSearch(MEMBERSHIP_ROLE_LABELS_VI[role]) === folded);
  return byLabel ?? ROLE_ALIASES[folded] ?? null;
}

/**
 * A slot/tag cell for a team of the given kind: the code, the Vietnamese label, or a common short form.
 * Returns null for a blank cell and undefined for text it does not recognise.
 */
export function parseSlotCell(kind: TeamKind, text: string): TeamSlot | null | undefined {
  const folded = foldForSearch(text);
  if (folded === '') return null;
  const byCode = TEAM_SLOTS.find((slot) => slot === folded);
  if (byCode) return byCode;
  const byLabel = SLOTS_BY_KIND[kind].find((slot) => foldForSearch(TEAM_SLOT_LABELS_VI[slot]) === folded);
  return byLabel ?? SLOT_ALIASES[kind][folded];
}
