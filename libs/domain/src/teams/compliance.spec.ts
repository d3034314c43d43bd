import { complianceReport, type ComplianceInput } from './compliance';
import { fullCommuneRoster, villageRoster } from './spec-fixtures';
import type { PlainUnit } from './subtree';

const unit = (id: string, kind: PlainUnit['kind'], parentId: string | null): PlainUnit => ({
  id,
  kind,
  parentId,
  name: id.toUpperCase(),
});
const withTeam = (teamId: string, roster: ReturnType<typeof villageRoster>) =>
  roster.map((m) => ({ ...m, teamId }));

// 2022 shape: province → district → commune → village.
const fourLevels: PlainUnit[] = [
  unit('p', 'province', null),
  unit('d1', 'district', 'p'),
  unit('c1', 'commune', 'd1'),
  unit('v1', 'village', 'c1'),
  unit('v2', 'village', 'c1'),
  unit('c2', 'commune', 'd1'),
  unit('d2', 'district', 'p'),
  unit('c3', 'commune', 'd2'),
];

const input: ComplianceInput = {
  rootUnitId: 'p',
  units: fourLevels,
  teams: [
    { id: 'tc1', unitId: 'c1', kind: 'commune', status: 'active', name: 'Tổ xã C1' },
    { id: 'tv1', unitId: 'v1', kind: 'village', status: 'active', name: 'Tổ thôn V1' },
    { id: 'tv2-old', unitId: 'v2', kind: 'village', status: 'dissolved', name: 'Tổ thôn V2 (cũ)' },
    { id: 'tc3', unitId: 'c3', kind: 'commune', status: 'proposed', name: 'Tổ xã C3' },
  ],
  members: [
    ...withTeam('tc1', fullCommuneRoster()),
    ...withTeam('tv1', villageRoster(4)),
    ...withTeam('tv2-old', villageRoster(6)),
    ...withTeam('tc3', fullCommuneRoster().slice(1)),
  ],
};

describe('complianceReport', () => {
  it('checks every live team of the subtree, in tree order', () => {
    const report = complianceReport(input);
    expect(
      report.teams.map((t) => [t.teamId, t.unitName, t.coreCount, t.findings.map((f) => f.code)]),
    ).toEqual([
      ['tc1', 'C1', 5, []],
      ['tv1', 'V1', 4, ['BELOW_MINIMUM']],
      ['tc3', 'C3', 4, ['NOT_ACTIVE', 'MISSING_LEADER', 'BELOW_MINIMUM']],
    ]);
  });

  it('lists communes and villages with no live team', () => {
    const report = complianceReport(input);
    expect(report.unitsWithoutTeam).toEqual([
      { unitId: 'v2', name: 'V2', kind: 'village', parentId: 'c1' },
      { unitId: 'c2', name: 'C2', kind: 'commune', parentId: 'd1' },
    ]);
  });

  it('totals the subtree', () => {
    expect(complianceReport(input).totals).toEqual({
      communes: 3,
      villages: 2,
      communesWithTeam: 2,
      villagesWithTeam: 1,
      teams: 3,
      teamsWithErrors: 1,
      teamsWithWarnings: 2,
      findingsByCode: { BELOW_MINIMUM: 2, NOT_ACTIVE: 1, MISSING_LEADER: 1 },
    });
  });

  it('stays inside the subtree it is asked about', () => {
    const report = complianceReport({ ...input, rootUnitId: 'd2' });
    expect(report.teams.map((t) => t.teamId)).toEqual(['tc3']);
    expect(report.unitsWithoutTeam).toEqual([]);
    expect(report.totals.communes).toBe(1);
  });

  it('works the same for the two-tier shape, where communes hang under the province', () => {
    const twoTier: ComplianceInput = {
      rootUnitId: 'p',
      units: [unit('p', 'province', null), unit('c1', 'commune', 'p'), unit('v1', 'village', 'c1')],
      teams: [{ id: 'tv1', unitId: 'v1', kind: 'village', status: 'active', name: 'Tổ thôn V1' }],
      members: withTeam('tv1', villageRoster(9)),
    };
    const report = complianceReport(twoTier);
    expect(report.teams[0]!.findings.map((f) => f.code)).toEqual(['ABOVE_MAXIMUM']);
    expect(report.unitsWithoutTeam.map((u) => u.unitId)).toEqual(['c1']);
    expect(report.totals).toMatchObject({ communes: 1, villages: 1, teamsWithErrors: 1 });
  });

  it('returns an empty report for an unknown root', () => {
    const report = complianceReport({ ...input, rootUnitId: 'nowhere' });
    expect(report.teams).toEqual([]);
    expect(report.totals.communes).toBe(0);
  });
});
