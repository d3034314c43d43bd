import type { ChannelKind } from './channel-kind';

/**
 * Deterministic keys: a derived or direct channel is found by its key, so deriving twice (or two nodes racing)
 * lands on the same row; the API keeps a unique index on the key.
 */
export const channelKeys = {
  commune: (communeUnitId: string) => `commune:${communeUnitId}`,
  village: (villageUnitId: string) => `village:${villageUnitId}`,
  announcement: (unitId: string) => `announce:${unitId}`,
  /** The two ids sorted, so A→B and B→A open the same conversation. */
  direct: (userA: string, userB: string) => {
    const [first, second] = [userA, userB].sort();
    return `dm:${first}:${second}`;
  },
  /** Working groups have no natural key; their own id keeps the key column unique. */
  workingGroup: (channelId: string) => `group:${channelId}`,
} as const;

export type ParsedChannelKey =
  | { kind: 'commune' | 'village' | 'announcement'; unitId: string }
  | { kind: 'direct'; userIds: [string, string] }
  | { kind: 'working_group'; channelId: string };

const PREFIX_KIND: Record<string, Exclude<ChannelKind, 'direct' | 'working_group'>> = {
  commune: 'commune',
  village: 'village',
  announce: 'announcement',
};

/** Reads a key back; null when it is not one this module builds. */
export function parseChannelKey(key: string): ParsedChannelKey | null {
  const parts = key.split(':');
  const [prefix, first, second] = parts;
  if (prefix === undefined || !first) return null;
  if (prefix === 'dm') {
    if (parts.length !== 3 || !second || first >= second) return null;
    return { kind: 'direct', userIds: [first, second] };
  }
  if (parts.length !== 2) return null;
  if (prefix === 'group') return { kind: 'working_group', channelId: first };
  const kind = PREFIX_KIND[prefix];
  return kind ? { kind, unitId: first } : null;
}
