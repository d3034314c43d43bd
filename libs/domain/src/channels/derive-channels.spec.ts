import { deriveChannels, type DesiredChannel } from './derive-channels';
import type { DerivationInput } from './derivation-input';
import { referenceInput } from './spec-fixtures';

const byKey = (channels: DesiredChannel[]) => new Map(channels.map((c) => [c.key, c]));
const roles = (channel: DesiredChannel | undefined) =>
  Object.fromEntries((channel?.members ?? []).map((m) => [m.userId, m.role]));

describe('deriveChannels', () => {
  const channels = deriveChannels(referenceInput());
  const map = byKey(channels);

  it('derives exactly the channels the hierarchy calls for, sorted by key', () => {
    expect(channels.map((c) => c.key)).toEqual([
      'announce:C1',
      'announce:D',
      'announce:P',
      'commune:C1',
      'commune:C3',
      'village:V1',
      'village:V3',
      'village:V4',
    ]);
    expect(map.get('commune:C1')).toMatchObject({ kind: 'commune', unitId: 'C1', teamId: 'T-C1' });
    expect(map.get('announce:D')).toMatchObject({ kind: 'announcement', unitId: 'D', teamId: null });
  });

  it('builds the commune group of §3.3: its team, village leaders and deputies, and the district invitees', () => {
    expect(roles(map.get('commune:C1'))).toEqual({
      'c1-leader': 'owner',
      'c1-member': 'poster',
      'c1-collab': 'poster',
      'v1-leader': 'poster',
      'v1-deputy': 'poster',
      'd-culture': 'poster',
      'd-education': 'poster',
      'd-youth': 'poster',
    });
    // Ended memberships, ordinary village members, proposed village teams and the chair are not in it.
    expect(map.get('commune:C1')!.members.map((m) => m.userId)).toEqual([
      'c1-collab',
      'c1-leader',
      'c1-member',
      'd-culture',
      'd-education',
      'd-youth',
      'v1-deputy',
      'v1-leader',
    ]);
  });

  it('invites no district officials when the unit above the commune is not a district', () => {
    expect(roles(map.get('commune:C3'))).toEqual({
      'c3-leader': 'owner',
      'v4-leader': 'poster',
      'v4-deputy': 'poster',
    });
  });

  it('builds each village group with the commune team leader, when the commune has an active team', () => {
    expect(roles(map.get('village:V1'))).toEqual({
      'v1-leader': 'owner',
      'v1-deputy': 'owner',
      'v1-member': 'poster',
      'v1-collab': 'poster',
      'c1-leader': 'poster',
    });
    expect(roles(map.get('village:V3'))).toEqual({ 'v3-leader': 'owner', 'v3-member': 'poster' });
    expect(roles(map.get('village:V4'))).toEqual({
      'v4-leader': 'owner',
      'v4-deputy': 'owner',
      'c3-leader': 'poster',
    });
  });

  it('gives no channel to proposed or dissolved teams', () => {
    expect(map.has('village:V2')).toBe(false);
    expect(map.has('commune:C2')).toBe(false);
  });

  it('lets steering grants own and officials post announcements, read by every team member and official below', () => {
    expect(roles(map.get('announce:D'))).toEqual({
      'd-steering': 'owner',
      'd-culture': 'poster',
      'd-education': 'poster',
      'd-youth': 'poster',
      'c1-chair': 'reader',
      'c1-leader': 'reader',
      'c1-member': 'reader',
      'c1-collab': 'reader',
      'v1-leader': 'reader',
      'v1-deputy': 'reader',
      'v1-member': 'reader',
      'v1-collab': 'reader',
      'v3-leader': 'reader',
      'v3-member': 'reader',
    });
    const province = roles(map.get('announce:P'));
    expect(province['p-steering']).toBe('owner');
    expect(province['p-culture']).toBe('poster');
    expect(province['d-steering']).toBe('reader');
    expect(province['c3-leader']).toBe('reader');
    expect(province['v4-deputy']).toBe('reader');
    // Admins and viewers are not officials; a proposed team's leader is not yet a member of anything.
    expect(province['p-admin']).toBeUndefined();
    expect(province['v1-viewer']).toBeUndefined();
    expect(province['v2-leader']).toBeUndefined();
  });

  it("makes a commune's chair own its announcements (grant beats position) and creates none without an official", () => {
    expect(roles(map.get('announce:C1'))).toEqual({
      'c1-chair': 'owner',
      'c1-leader': 'reader',
      'c1-member': 'reader',
      'c1-collab': 'reader',
      'v1-leader': 'reader',
      'v1-deputy': 'reader',
      'v1-member': 'reader',
      'v1-collab': 'reader',
    });
    expect(map.has('announce:C2')).toBe(false);
    expect(map.has('announce:C3')).toBe(false);
  });

  it('keeps the strongest role for a person reached by several rules', () => {
    const input = referenceInput();
    const more: DerivationInput = {
      ...input,
      memberships: [
        ...input.memberships,
        { teamId: 'T-C1', userId: 'v1-leader', role: 'member' },
        { teamId: 'T-C1', userId: 'd-culture', role: 'deputy' },
      ],
    };
    const derived = byKey(deriveChannels(more));
    expect(roles(derived.get('commune:C1'))['d-culture']).toBe('owner');
    expect(roles(derived.get('commune:C1'))['v1-leader']).toBe('poster');
    expect(roles(derived.get('village:V1'))['v1-leader']).toBe('owner');
    expect(roles(derived.get('announce:D'))['d-culture']).toBe('poster');
  });

  it('is deterministic: the same input in any order gives the same channels', () => {
    const input = referenceInput();
    const shuffled: DerivationInput = {
      units: [...input.units].reverse(),
      teams: [...input.teams].reverse(),
      memberships: [...input.memberships].reverse(),
      positions: [...input.positions].reverse(),
      grants: [...input.grants].reverse(),
    };
    expect(deriveChannels(shuffled)).toEqual(channels);
    expect(deriveChannels(referenceInput())).toEqual(channels);
  });

  it('follows roster changes: an ended membership leaves, an activated team arrives', () => {
    const input = referenceInput();
    const changed: DerivationInput = {
      ...input,
      teams: input.teams.map((t) => (t.id === 'T-V2' ? { ...t, status: 'active' as const } : t)),
      memberships: input.memberships.map((m) =>
        m.userId === 'c1-leader' ? { ...m, status: 'ended' as const } : m,
      ),
    };
    const derived = byKey(deriveChannels(changed));
    expect(roles(derived.get('village:V2'))).toEqual({ 'v2-leader': 'owner' });
    expect(roles(derived.get('commune:C1'))['v2-leader']).toBe('poster');
    expect(roles(derived.get('commune:C1'))['c1-leader']).toBeUndefined();
    expect(roles(derived.get('village:V1'))['c1-leader']).toBeUndefined();
  });

  it('skips teams on unknown units and survives a parent cycle in bad data', () => {
    const derived = deriveChannels({
      units: [
        { id: 'A', kind: 'village', parentId: 'B', path: '/B/A/' },
        { id: 'B', kind: 'village', parentId: 'A', path: '/A/B/' },
      ],
      teams: [
        { id: 'T-A', unitId: 'A', kind: 'village', status: 'active' },
        { id: 'T-X', unitId: 'missing', kind: 'commune', status: 'active' },
      ],
      memberships: [
        { teamId: 'T-A', userId: 'a', role: 'leader' },
        { teamId: 'T-X', userId: 'x', role: 'leader' },
      ],
      positions: [],
      grants: [],
    });
    expect(derived).toEqual([
      {
        key: 'village:A',
        kind: 'village',
        unitId: 'A',
        teamId: 'T-A',
        members: [{ userId: 'a', role: 'owner' }],
      },
    ]);
  });

  it('merges two active teams of one unit (bad data) into one channel instead of two with the same key', () => {
    const input = referenceInput();
    const derived = deriveChannels({
      ...input,
      teams: [...input.teams, { id: 'T-V1b', unitId: 'V1', kind: 'village', status: 'active' }],
      memberships: [...input.memberships, { teamId: 'T-V1b', userId: 'second', role: 'member' }],
    });
    expect(derived.filter((c) => c.key === 'village:V1')).toHaveLength(1);
    expect(roles(byKey(derived).get('village:V1'))['second']).toBe('poster');
  });
});
