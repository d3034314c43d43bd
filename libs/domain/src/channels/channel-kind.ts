/**
 * Channel kinds: three are derived from the hierarchy and the rosters (§3.3 groups plus steering announcements),
 * two are made by people (working groups, one-to-one messages).
 */
export const CHANNEL_KINDS = ['commune', 'village', 'announcement', 'working_group', 'direct'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** Kinds whose membership the hub computes; people never add or remove members of these by hand. */
export const DERIVED_CHANNEL_KINDS = [
  'commune',
  'village',
  'announcement',
] as const satisfies readonly ChannelKind[];
export type DerivedChannelKind = (typeof DERIVED_CHANNEL_KINDS)[number];

export function isDerivedKind(kind: ChannelKind): kind is DerivedChannelKind {
  return (DERIVED_CHANNEL_KINDS as readonly ChannelKind[]).includes(kind);
}

/** A derived channel whose team dissolved (or whose unit lost every poster) is archived, never deleted. */
export const CHANNEL_STATUSES = ['active', 'archived'] as const;
export type ChannelStatus = (typeof CHANNEL_STATUSES)[number];

/** owner: runs the channel (pins, manages a working group); poster: writes; reader: reads, votes, marks read. */
export const CHANNEL_MEMBER_ROLES = ['owner', 'poster', 'reader'] as const;
export type ChannelMemberRole = (typeof CHANNEL_MEMBER_ROLES)[number];

const RANK: Record<ChannelMemberRole, number> = { reader: 1, poster: 2, owner: 3 };

/** The role that allows more; a person reached by several rules keeps the strongest. */
export function strongerRole(a: ChannelMemberRole, b: ChannelMemberRole): ChannelMemberRole {
  return RANK[a] >= RANK[b] ? a : b;
}

export function canPostAs(role: ChannelMemberRole): boolean {
  return RANK[role] >= RANK.poster;
}
