import { canManageUnit, canSeeUnit, covers, pathIds, rootPaths } from './jurisdiction';

describe('jurisdiction', () => {
  const province = '/p/';
  const districtA = '/p/a/';
  const communeA1 = '/p/a/a1/';
  const districtB = '/p/b/';

  it('a grant covers its own unit and every unit below it', () => {
    expect(covers(districtA, districtA)).toBe(true);
    expect(covers(districtA, communeA1)).toBe(true);
    expect(covers(province, communeA1)).toBe(true);
  });

  it('a grant covers neither siblings nor ancestors', () => {
    expect(covers(districtA, districtB)).toBe(false);
    expect(covers(districtA, province)).toBe(false);
    expect(covers(communeA1, districtA)).toBe(false);
  });

  it('does not confuse ids that share a prefix', () => {
    expect(covers('/p/a/', '/p/ab/')).toBe(false);
  });

  it('sees a unit through any grant, manages only through a managing role', () => {
    const grants = [
      { role: 'viewer' as const, unitPath: districtB },
      { role: 'commune_chair' as const, unitPath: communeA1 },
    ];
    expect(canSeeUnit(grants, '/p/b/b1/')).toBe(true);
    expect(canManageUnit(grants, '/p/b/b1/')).toBe(false);
    expect(canManageUnit(grants, '/p/a/a1/v1/')).toBe(true);
    expect(canSeeUnit(grants, districtA)).toBe(false);
  });

  it('keeps only the top-most paths', () => {
    expect(rootPaths([communeA1, districtA, districtB, districtA])).toEqual([districtA, districtB]);
    expect(rootPaths([communeA1, province])).toEqual([province]);
    expect(rootPaths([])).toEqual([]);
  });

  it('splits a path into ids, root first', () => {
    expect(pathIds('/p/a/a1/')).toEqual(['p', 'a', 'a1']);
  });
});
