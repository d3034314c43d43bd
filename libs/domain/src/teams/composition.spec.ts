import { checkComposition, type CompositionFinding } from './composition';
import { fullCommuneRoster, member, villageRoster } from './spec-fixtures';

const codes = (findings: CompositionFinding[]) => findings.map((f) => f.code).sort();

describe('checkComposition', () => {
  it('finds nothing wrong with a complete commune team or a village team of 5 to 8', () => {
    expect(checkComposition({ kind: 'commune', status: 'active' }, fullCommuneRoster())).toEqual([]);
    expect(checkComposition({ kind: 'village', status: 'active' }, villageRoster(5))).toEqual([]);
    expect(checkComposition({ kind: 'village' }, villageRoster(8))).toEqual([]);
  });

  it('needs no deputy in a commune team (the plan names none) but one in a village team', () => {
    expect(codes(checkComposition({ kind: 'commune' }, fullCommuneRoster()))).toEqual([]);
    const noDeputy = villageRoster(6).filter((m) => m.role !== 'deputy');
    const findings = checkComposition({ kind: 'village' }, noDeputy);
    expect(codes(findings)).toEqual(['MISSING_DEPUTY']);
    expect(findings[0]!.severity).toBe('error');
  });

  it('flags a missing leader and each missing commune seat', () => {
    const roster = fullCommuneRoster().filter((m) => m.role !== 'leader' && m.slot !== 'womens_union');
    const findings = checkComposition({ kind: 'commune' }, roster);
    expect(codes(findings)).toEqual(['BELOW_MINIMUM', 'MISSING_LEADER', 'MISSING_SLOT']);
    expect(findings.find((f) => f.code === 'MISSING_SLOT')!.slot).toBe('womens_union');
  });

  it('flags duplicate leaders, deputies and seats with the people involved', () => {
    const roster = fullCommuneRoster();
    const extraLeader = member('leader', 'commune_leadership', { personId: 'l2' });
    const extraYouth = member('deputy', 'youth_union', { personId: 'd1' });
    const secondDeputy = member('deputy', 'womens_union', { personId: 'd2' });
    const findings = checkComposition({ kind: 'commune' }, [
      ...roster,
      extraLeader,
      extraYouth,
      secondDeputy,
    ]);
    expect(codes(findings)).toEqual([
      'ABOVE_MAXIMUM',
      'DUPLICATE_DEPUTY',
      'DUPLICATE_LEADER',
      'DUPLICATE_SLOT',
      'DUPLICATE_SLOT',
    ]);
    expect(findings.find((f) => f.code === 'DUPLICATE_LEADER')!.personIds).toContain('l2');
    expect(findings.find((f) => f.code === 'DUPLICATE_DEPUTY')!.personIds).toEqual(['d1', 'd2']);
  });

  it('warns below the minimum and errs above the maximum, at 4 and 9', () => {
    const four = checkComposition({ kind: 'village' }, villageRoster(4));
    expect(four).toEqual([
      expect.objectContaining({ code: 'BELOW_MINIMUM', severity: 'warning', coreCount: 4, limit: 5 }),
    ]);
    const nine = [...villageRoster(8), member('member', 'student')];
    expect(checkComposition({ kind: 'village' }, nine)).toEqual([
      expect.objectContaining({ code: 'ABOVE_MAXIMUM', severity: 'error', coreCount: 9, limit: 8 }),
    ]);
  });

  it('ignores collaborators and ended memberships when sizing', () => {
    const roster = [
      ...villageRoster(4),
      member('collaborator', null),
      member('member', 'resident', { status: 'ended' }),
    ];
    expect(codes(checkComposition({ kind: 'village' }, roster))).toEqual(['BELOW_MINIMUM']);
  });

  it('reports slots that do not fit their role (data entered before the rules)', () => {
    const roster = [...villageRoster(4), member('member', null, { personId: 'untagged' })];
    const findings = checkComposition({ kind: 'village' }, roster);
    expect(findings).toEqual([expect.objectContaining({ code: 'SLOT_MISMATCH', personIds: ['untagged'] })]);
  });

  it('warns that a proposed team is not launched yet', () => {
    expect(codes(checkComposition({ kind: 'village', status: 'proposed' }, villageRoster(5)))).toEqual([
      'NOT_ACTIVE',
    ]);
  });
});
