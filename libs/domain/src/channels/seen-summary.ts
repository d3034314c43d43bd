import type { ChannelMember } from './channel';
import type { ChannelMembershipInput, ChannelTeam } from './derivation-input';
import { messageAudience } from './read-state';

export interface UnitSeen {
  unitId: string;
  /** Audience members attached to the unit. */
  members: number;
  seen: number;
}

/** How far a directive has reached: people, and units with at least one person who has seen it. */
export interface SeenSummary {
  seq: number;
  audience: number;
  seen: number;
  /** Sorted by unit id. */
  units: UnitSeen[];
  unitsTotal: number;
  /** Units where someone has seen the message ("12 of 40 villages"). */
  unitsSeen: number;
}

/**
 * Sums "seen by" per unit for announcements. `unitsOf` maps a member to their units (see memberUnits); a
 * member in two units counts in both, a member in none (an official) counts only in the totals.
 */
export function summarizeSeen(
  message: { seq: number; authorId: string | null },
  members: readonly ChannelMember[],
  unitsOf: ReadonlyMap<string, readonly string[]>,
): SeenSummary {
  const audience = messageAudience(message, members);
  const byUnit = new Map<string, UnitSeen>();
  let seen = 0;
  for (const member of audience) {
    const hasSeen = member.lastReadSeq >= message.seq;
    if (hasSeen) seen += 1;
    for (const unitId of new Set(unitsOf.get(member.userId) ?? [])) {
      const entry = byUnit.get(unitId) ?? { unitId, members: 0, seen: 0 };
      entry.members += 1;
      if (hasSeen) entry.seen += 1;
      byUnit.set(unitId, entry);
    }
  }
  const units = [...byUnit.values()].sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
  return {
    seq: message.seq,
    audience: audience.length,
    seen,
    units,
    unitsTotal: units.length,
    unitsSeen: units.filter((u) => u.seen > 0).length,
  };
}

/** Member → units of their active teams, optionally of one team kind ("villages" for a commune directive). */
export function memberUnits(
  teams: readonly ChannelTeam[],
  memberships: readonly ChannelMembershipInput[],
  kind?: ChannelTeam['kind'],
): Map<string, string[]> {
  const teamUnit = new Map(
    teams
      .filter((t) => t.status === 'active' && (kind === undefined || t.kind === kind))
      .map((t) => [t.id, t.unitId]),
  );
  const result = new Map<string, string[]>();
  for (const m of memberships) {
    const unitId = teamUnit.get(m.teamId);
    if (unitId === undefined || (m.status !== undefined && m.status !== 'active')) continue;
    const list = result.get(m.userId) ?? [];
    if (!list.includes(unitId)) list.push(unitId);
    result.set(m.userId, list);
  }
  return result;
}
