import type { UnitKind } from '../hierarchy/unit-kind';

/** Team kinds (§3.1): a commune-level team belongs to a commune, a village-level team to a village. */
export const TEAM_KINDS = ['commune', 'village'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

/** The unit kind each team kind belongs to. */
export const TEAM_UNIT_KIND: Record<TeamKind, UnitKind> = { commune: 'commune', village: 'village' };

/** The team kind a unit can hold, or null for provinces and districts (which hold no team). */
export function teamKindForUnit(kind: UnitKind): TeamKind | null {
  return TEAM_KINDS.find((teamKind) => TEAM_UNIT_KIND[teamKind] === kind) ?? null;
}

/** Team statuses: proposed (roster being assembled) → active (decision signed, team launched) → dissolved. */
export const TEAM_STATUSES = ['proposed', 'active', 'dissolved'] as const;
export type TeamStatus = (typeof TEAM_STATUSES)[number];
