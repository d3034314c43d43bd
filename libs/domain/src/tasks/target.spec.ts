import { ErrorCode } from '../errors/error-codes';
import { isInSubtree, resolveTargetTeams, type TargetTeam, type TargetUnit } from './target';

// 2022 shape: province → districts → communes → villages; listed out of tree order on purpose.
const units: TargetUnit[] = [
  { id: 'v2', parentId: 'c1' },
  { id: 'p', parentId: null },
  { id: 'd1', parentId: 'p' },
  { id: 'c1', parentId: 'd1' },
  { id: 'v1', parentId: 'c1' },
  { id: 'c2', parentId: 'd1' },
  { id: 'v3', parentId: 'c2' },
  { id: 'd2', parentId: 'p' },
  { id: 'c3', parentId: 'd2' },
  { id: 'v4', parentId: 'c3' },
];

const team = (
  id: string,
  unitId: string,
  kind: TargetTeam['kind'],
  status: TargetTeam['status'] = 'active',
) => ({
  id,
  unitId,
  kind,
  status,
});

const teams = [
  team('tv4', 'v4', 'village'),
  team('tv2', 'v2', 'village'),
  team('tc1', 'c1', 'commune'),
  team('tv1', 'v1', 'village'),
  team('tv1-old', 'v1', 'village', 'dissolved'),
  team('tc2', 'c2', 'commune', 'proposed'),
  team('tv3', 'v3', 'village'),
  team('tc3', 'c3', 'commune'),
];

const ids = (result: ReturnType<typeof resolveTargetTeams>) =>
  result.ok ? result.value.teams.map((t) => t.id) : result;

describe('isInSubtree', () => {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  it('walks parent links up to the root', () => {
    expect(isInSubtree('v1', 'p', parentOf)).toBe(true);
    expect(isInSubtree('v1', 'c1', parentOf)).toBe(true);
    expect(isInSubtree('c1', 'c1', parentOf)).toBe(true);
    expect(isInSubtree('v4', 'd1', parentOf)).toBe(false);
    expect(isInSubtree('unknown', 'p', parentOf)).toBe(false);
  });

  it('stops on a cycle in bad data', () => {
    const cyclic = new Map<string, string | null>([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    expect(isInSubtree('a', 'x', cyclic)).toBe(false);
  });
});

describe('resolveTargetTeams: a unit subtree', () => {
  it('takes active teams of the chosen kinds below the unit, in tree order, commune team first', () => {
    const both = resolveTargetTeams(
      { type: 'subtree', unitId: 'd1', teamKinds: ['commune', 'village'] },
      teams,
      units,
      'd1',
    );
    expect(ids(both)).toEqual(['tc1', 'tv2', 'tv1', 'tv3']);
    expect(both.ok && both.value.counts).toEqual({ commune: 1, village: 3 });
    expect(both.ok && both.value.refused).toEqual([]);
  });

  it('filters by team kind', () => {
    const villages = resolveTargetTeams(
      { type: 'subtree', unitId: 'p', teamKinds: ['village'] },
      teams,
      units,
      'p',
    );
    expect(ids(villages)).toEqual(['tv2', 'tv1', 'tv3', 'tv4']);
    const communes = resolveTargetTeams(
      { type: 'subtree', unitId: 'p', teamKinds: ['commune'] },
      teams,
      units,
      'p',
    );
    expect(ids(communes)).toEqual(['tc1', 'tc3']);
  });

  it('works for a commune issuing to its own villages, and in the two-tier shape', () => {
    expect(
      ids(resolveTargetTeams({ type: 'subtree', unitId: 'c1', teamKinds: ['village'] }, teams, units, 'c1')),
    ).toEqual(['tv2', 'tv1']);
    const twoTier: TargetUnit[] = [
      { id: 'p', parentId: null },
      { id: 'c', parentId: 'p' },
      { id: 'v', parentId: 'c' },
    ];
    const result = resolveTargetTeams(
      { type: 'subtree', unitId: 'p', teamKinds: ['commune', 'village'] },
      [team('tv', 'v', 'village'), team('tc', 'c', 'commune')],
      twoTier,
      'p',
    );
    expect(ids(result)).toEqual(['tc', 'tv']);
  });

  it('refuses a target unit outside the issuer’s unit, or an unknown one', () => {
    expect(
      resolveTargetTeams({ type: 'subtree', unitId: 'c3', teamKinds: ['village'] }, teams, units, 'd1'),
    ).toEqual({
      ok: false,
      error: {
        code: ErrorCode.OutOfJurisdiction,
        message: 'The target unit lies outside the issuing unit',
        details: { unitId: 'c3', issuerUnitId: 'd1' },
      },
    });
    expect(
      resolveTargetTeams({ type: 'subtree', unitId: 'd1', teamKinds: ['village'] }, teams, units, 'c1'),
    ).toMatchObject({ ok: false, error: { code: ErrorCode.OutOfJurisdiction } });
    expect(
      resolveTargetTeams({ type: 'subtree', unitId: 'nowhere', teamKinds: ['village'] }, teams, units, 'p'),
    ).toMatchObject({ ok: false, error: { code: ErrorCode.UnitNotFound } });
  });

  it('returns no team (not an error) for a subtree without active teams: publishing refuses it', () => {
    const result = resolveTargetTeams(
      { type: 'subtree', unitId: 'c2', teamKinds: ['commune'] },
      teams,
      units,
      'd1',
    );
    expect(result).toEqual({
      ok: true,
      value: { teams: [], refused: [], counts: { commune: 0, village: 0 } },
    });
  });
});

describe('resolveTargetTeams: an explicit list', () => {
  it('keeps active teams within the issuer’s unit, in list order, once each, and says why others are out', () => {
    const result = resolveTargetTeams(
      { type: 'teams', teamIds: ['tv3', 'tv4', 'tv1', 'ghost', 'tc2', 'tv3', 'tv1-old'] },
      teams,
      units,
      'd1',
    );
    expect(ids(result)).toEqual(['tv3', 'tv1']);
    expect(result.ok && result.value.refused).toEqual([
      { teamId: 'tv4', reason: 'outside_jurisdiction' },
      { teamId: 'ghost', reason: 'unknown' },
      { teamId: 'tc2', reason: 'not_active' },
      { teamId: 'tv1-old', reason: 'not_active' },
    ]);
    expect(result.ok && result.value.counts).toEqual({ commune: 0, village: 2 });
  });

  it('keeps the caller’s team objects (with their extra fields)', () => {
    const named = teams.map((t) => ({ ...t, name: `Tổ ${t.id}` }));
    const result = resolveTargetTeams({ type: 'teams', teamIds: ['tc1'] }, named, units, 'p');
    expect(result.ok && result.value.teams[0]!.name).toBe('Tổ tc1');
  });
});
