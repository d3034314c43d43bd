import { ancestorsToRecompute, rollupDedupeKey, unitIdOfRollupKey } from './jobs';

describe('rollup de-duplication keys', () => {
  it('are one per unit, and give the unit back', () => {
    const id = '3f1c2a9e-0000-4000-8000-000000000001';
    expect(rollupDedupeKey(id)).toBe(`rollup:${id}`);
    expect(unitIdOfRollupKey(rollupDedupeKey(id))).toBe(id);
    expect(unitIdOfRollupKey('rollup:')).toBeNull();
    expect(unitIdOfRollupKey('monthly-report.d1.2026-11.d-5')).toBeNull();
  });
});

describe('ancestorsToRecompute', () => {
  it('reads the unit and its ancestors, root first, from the materialized path', () => {
    expect(ancestorsToRecompute('/a/b/c/')).toEqual(['a', 'b', 'c']);
    expect(ancestorsToRecompute('/p/')).toEqual(['p']);
  });

  it('works the same whether or not a district level exists', () => {
    expect(ancestorsToRecompute('/province/district/commune/village/')).toHaveLength(4);
    expect(ancestorsToRecompute('/province/commune/village/')).toEqual(['province', 'commune', 'village']);
  });

  it.each(['', '/', '//', 'a/b/', '/a/b', '/a//b/'])('refuses the malformed path %j', (path) => {
    expect(() => ancestorsToRecompute(path)).toThrow(RangeError);
  });
});
