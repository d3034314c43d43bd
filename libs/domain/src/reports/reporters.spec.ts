import { AREA_MONTHLY_COMPILATION, TEAM_MONTHLY_ACTIVITY, type ReportDefinition } from './definitions';
import { periodById } from './period';
import { areaUnits, expectedReporters, recipientUnitOf } from './reporters';
import { FOUR_LEVELS, reporterTeam, TWO_TIERS } from './spec-fixtures';

const november = periodById(TEAM_MONTHLY_ACTIVITY, '2026-11')!;

describe('areaUnits', () => {
  it('is the districts in the 2022 shape and the province without districts', () => {
    expect(areaUnits(FOUR_LEVELS).map((u) => u.id)).toEqual(['d1', 'd2']);
    expect(areaUnits(TWO_TIERS).map((u) => u.id)).toEqual(['p']);
  });
});

describe('recipientUnitOf', () => {
  it('finds the commune at or above: the team’s own commune, or the village’s commune', () => {
    expect(recipientUnitOf('commune_above', 'c1', FOUR_LEVELS)).toBe('c1');
    expect(recipientUnitOf('commune_above', 'v2', FOUR_LEVELS)).toBe('c1');
    expect(recipientUnitOf('commune_above', 'v1', TWO_TIERS)).toBe('c1');
    expect(recipientUnitOf('commune_above', 'd1', FOUR_LEVELS)).toBeNull();
  });

  it('finds the district above, or the province where there is no district', () => {
    expect(recipientUnitOf('district_above_or_province', 'v1', FOUR_LEVELS)).toBe('d1');
    expect(recipientUnitOf('district_above_or_province', 'c3', FOUR_LEVELS)).toBe('d2');
    expect(recipientUnitOf('district_above_or_province', 'v1', TWO_TIERS)).toBe('p');
    // A district reports to the province above it, not to itself.
    expect(recipientUnitOf('district_above_or_province', 'd1', FOUR_LEVELS)).toBe('p');
    expect(recipientUnitOf('district_above_or_province', 'p', TWO_TIERS)).toBe('p');
  });

  it('finds the province from anywhere, and nothing from an unknown unit', () => {
    expect(recipientUnitOf('province', 'v2', FOUR_LEVELS)).toBe('p');
    expect(recipientUnitOf('province', 'p', FOUR_LEVELS)).toBe('p');
    expect(recipientUnitOf('province', 'nowhere', FOUR_LEVELS)).toBeNull();
  });

  it('stops on a parent cycle', () => {
    const cyclic = [
      { id: 'a', kind: 'village' as const, parentId: 'b', name: 'A' },
      { id: 'b', kind: 'village' as const, parentId: 'a', name: 'B' },
    ];
    expect(recipientUnitOf('commune_above', 'a', cyclic)).toBeNull();
  });
});

describe('expectedReporters', () => {
  const teams = [
    reporterTeam('t-c1', 'c1'),
    reporterTeam('t-v1', 'v1'),
    reporterTeam('t-v2', 'v2', { activatedOn: '2026-11-15' }),
    reporterTeam('t-c2', 'c2', { status: 'dissolved', dissolvedOn: '2026-11-10' }),
    reporterTeam('t-c3', 'c3', { status: 'dissolved', dissolvedOn: '2026-11-20' }),
    reporterTeam('t-prop', 'c2', { status: 'proposed', activatedOn: null }),
  ];

  it('expects the teams active on the period’s last day, in tree order, reporting to their commune', () => {
    const expected = expectedReporters({
      definition: TEAM_MONTHLY_ACTIVITY,
      period: november,
      rootUnitId: 'p',
      units: FOUR_LEVELS,
      teams: [...teams].reverse(),
    });
    expect(expected.map((r) => [r.reporterId, r.unitId, r.recipientUnitId])).toEqual([
      ['t-c1', 'c1', 'c1'],
      ['t-v1', 'v1', 'c1'],
      // Dissolved after the period ended: still owes November's report.
      ['t-c3', 'c3', 'c3'],
    ]);
    expect(expected[0]).toEqual({
      kind: 'team',
      reporterId: 't-c1',
      name: 'Tổ t-c1',
      unitId: 'c1',
      recipientUnitId: 'c1',
    });
  });

  it('keeps to the subtree and to the definition’s team kinds', () => {
    const villageOnly: ReportDefinition = {
      ...TEAM_MONTHLY_ACTIVITY,
      reporter: { type: 'team', teamKinds: ['village'] },
    };
    const expected = expectedReporters({
      definition: villageOnly,
      period: november,
      rootUnitId: 'd1',
      units: FOUR_LEVELS,
      teams,
    });
    expect(expected.map((r) => r.reporterId)).toEqual(['t-v1']);
  });

  it('expects each area to compile: the districts, or the province itself without districts', () => {
    const inDistricts = expectedReporters({
      definition: AREA_MONTHLY_COMPILATION,
      period: november,
      rootUnitId: 'p',
      units: FOUR_LEVELS,
      teams,
    });
    expect(inDistricts.map((r) => [r.kind, r.reporterId, r.name, r.recipientUnitId])).toEqual([
      ['unit', 'd1', 'Vĩnh Linh', 'p'],
      ['unit', 'd2', 'Gio Linh', 'p'],
    ]);
    const twoTiers = expectedReporters({
      definition: AREA_MONTHLY_COMPILATION,
      period: november,
      rootUnitId: 'p',
      units: TWO_TIERS,
      teams: [],
    });
    expect(twoTiers.map((r) => [r.reporterId, r.recipientUnitId])).toEqual([['p', 'p']]);
  });

  it('expects units of the listed kinds', () => {
    const communes: ReportDefinition = {
      ...AREA_MONTHLY_COMPILATION,
      reporter: { type: 'unit', unitKinds: ['commune'] },
      recipient: 'district_above_or_province',
    };
    const expected = expectedReporters({
      definition: communes,
      period: november,
      rootUnitId: 'p',
      units: FOUR_LEVELS,
      teams: [],
    });
    expect(expected.map((r) => [r.reporterId, r.recipientUnitId])).toEqual([
      ['c1', 'd1'],
      ['c2', 'd1'],
      ['c3', 'd2'],
    ]);
  });
});
