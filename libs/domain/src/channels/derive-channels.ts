import type { MembershipRole } from '../teams/membership-roles';
import type { ChannelMemberRole, DerivedChannelKind } from './channel-kind';
import { channelKeys } from './channel-key';
import type { ChannelMembershipInput, ChannelTeam, DerivationInput } from './derivation-input';
import { ChannelMemberSet, type ChannelMemberSpec } from './member-set';
import { COMMUNE_CHANNEL_DISTRICT_POSITIONS, isSteeringRole } from './official-position';
import { ChannelUnitIndex } from './unit-index';

/** A channel the hierarchy and rosters call for, with exactly the members it should have now. */
export interface DesiredChannel {
  key: string;
  kind: DerivedChannelKind;
  /** The commune, village or steering unit the channel belongs to. */
  unitId: string;
  /** The team whose group this channel replaces; null for announcements. */
  teamId: string | null;
  members: ChannelMemberSpec[];
}

/** The team's leader and deputy run its channel (§3.3: the leader "runs" the group); everyone else writes. */
const TEAM_CHANNEL_ROLE: Record<MembershipRole, ChannelMemberRole> = {
  leader: 'owner',
  deputy: 'owner',
  member: 'poster',
  collaborator: 'poster',
};

const STEERING_UNIT_KINDS: ReadonlySet<string> = new Set(['province', 'district', 'commune']);

interface Draft {
  kind: DerivedChannelKind;
  unitId: string;
  teamId: string | null;
  members: ChannelMemberSet;
}

/** Active memberships by team. */
function rosters(memberships: readonly ChannelMembershipInput[]): Map<string, ChannelMembershipInput[]> {
  const byTeam = new Map<string, ChannelMembershipInput[]>();
  for (const m of memberships) {
    if (m.status !== undefined && m.status !== 'active') continue;
    push(byTeam, m.teamId, m);
  }
  return byTeam;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The derived channels (§3.3 groups plus announcements) and their member sets: pure and deterministic, so
 * running it after every roster change and diffing against the stored channels keeps them in step.
 * Only active teams count: a proposed team has no decision yet, a dissolved one has no channel.
 */
export function deriveChannels(input: DerivationInput): DesiredChannel[] {
  const units = new ChannelUnitIndex(input.units);
  const roster = rosters(input.memberships);
  const members = (teamId: string, roles?: readonly MembershipRole[]) =>
    (roster.get(teamId) ?? []).filter((m) => !roles || roles.includes(m.role));
  const teams = input.teams.filter((team) => team.status === 'active' && units.get(team.unitId));

  // Keyed drafts: two active teams on one unit (bad data the registry refuses) merge instead of clashing.
  const drafts = new Map<string, Draft>();
  const draft = (key: string, kind: DerivedChannelKind, unitId: string, teamId: string | null) => {
    const existing = drafts.get(key);
    if (existing) return existing.members;
    const created: Draft = { kind, unitId, teamId, members: new ChannelMemberSet() };
    drafts.set(key, created);
    return created.members;
  };
  const addTeam = (set: ChannelMemberSet, team: ChannelTeam) => {
    for (const m of members(team.id)) set.add(m.userId, TEAM_CHANNEL_ROLE[m.role]);
    return set;
  };

  const communeTeams = new Map<string, ChannelTeam[]>();
  const villageTeamsByCommune = new Map<string, ChannelTeam[]>();
  for (const team of teams) {
    if (team.kind === 'commune') push(communeTeams, team.unitId, team);
    const commune = units.nearestOfKind(team.unitId, 'commune');
    if (team.kind === 'village' && commune) push(villageTeamsByCommune, commune.id, team);
  }

  for (const [communeId, teamsOfCommune] of communeTeams) {
    for (const team of teamsOfCommune) {
      const set = addTeam(draft(channelKeys.commune(communeId), 'commune', communeId, team.id), team);
      for (const village of villageTeamsByCommune.get(communeId) ?? []) {
        for (const m of members(village.id, ['leader', 'deputy'])) set.add(m.userId, 'poster');
      }
      // "The unit above the commune, if it is a district": the two-tier hierarchy simply has no invitees.
      const above = units.parentOf(communeId);
      for (const p of input.positions) {
        if (
          above?.kind === 'district' &&
          p.unitId === above.id &&
          COMMUNE_CHANNEL_DISTRICT_POSITIONS.includes(p.position)
        ) {
          set.add(p.userId, 'poster');
        }
      }
    }
  }

  for (const [communeId, villageTeams] of villageTeamsByCommune) {
    const communeLeaders = (communeTeams.get(communeId) ?? []).flatMap((t) => members(t.id, ['leader']));
    for (const team of villageTeams) {
      const set = addTeam(draft(channelKeys.village(team.unitId), 'village', team.unitId, team.id), team);
      for (const m of communeLeaders) set.add(m.userId, 'poster');
    }
  }
  // A village team with no commune above it (bad data) still gets its own group.
  for (const team of teams.filter((t) => t.kind === 'village' && !units.nearestOfKind(t.unitId, 'commune'))) {
    addTeam(draft(channelKeys.village(team.unitId), 'village', team.unitId, team.id), team);
  }

  for (const [key, d] of announcementDrafts(input, units, teams, members)) drafts.set(key, d);

  return [...drafts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, d]) => ({
      key,
      kind: d.kind,
      unitId: d.unitId,
      teamId: d.teamId,
      members: d.members.toArray(),
    }));
}

/**
 * Steering-grant holders own a unit's announcements and its other officials post; every active team member at
 * or below the unit reads, and so do the officials of the units below (a commune chair reads district
 * directives). A unit with no official holding an account has nobody to announce: no channel until one appears.
 */
function announcementDrafts(
  input: DerivationInput,
  units: ChannelUnitIndex,
  teams: readonly ChannelTeam[],
  members: (teamId: string) => ChannelMembershipInput[],
): Map<string, Draft> {
  const sets = new Map<string, ChannelMemberSet>();
  const setOf = (unitId: string) => {
    const existing = sets.get(unitId);
    if (existing) return existing;
    const created = new ChannelMemberSet();
    sets.set(unitId, created);
    return created;
  };
  const steeringChain = (unitId: string) =>
    units.ancestorsOrSelf(unitId).filter((u) => STEERING_UNIT_KINDS.has(u.kind));

  for (const team of teams) {
    const chain = steeringChain(team.unitId);
    for (const m of members(team.id)) for (const unit of chain) setOf(unit.id).add(m.userId, 'reader');
  }
  const officials = [
    ...input.grants.filter((g) => isSteeringRole(g.role)).map((g) => ({ ...g, own: 'owner' as const })),
    ...input.positions.map((p) => ({ ...p, own: 'poster' as const })),
  ];
  for (const official of officials) {
    for (const unit of steeringChain(official.unitId)) {
      setOf(unit.id).add(official.userId, unit.id === official.unitId ? official.own : 'reader');
    }
  }

  const drafts = new Map<string, Draft>();
  for (const [unitId, set] of sets) {
    if (set.has('owner') || set.has('poster')) {
      drafts.set(channelKeys.announcement(unitId), {
        kind: 'announcement',
        unitId,
        teamId: null,
        members: set,
      });
    }
  }
  return drafts;
}
