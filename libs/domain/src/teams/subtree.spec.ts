import { walkSubtree, type PlainUnit } from './subtree';

const u = (id: string, parentId: string | null): PlainUnit => ({ id, parentId, kind: 'commune', name: id });

describe('walkSubtree', () => {
  it('walks depth-first, children in input order', () => {
    const units = [u('root', null), u('a', 'root'), u('b', 'root'), u('a1', 'a'), u('x', null)];
    expect(walkSubtree('root', units).map((unit) => unit.id)).toEqual(['root', 'a', 'a1', 'b']);
    expect(walkSubtree('a', units).map((unit) => unit.id)).toEqual(['a', 'a1']);
  });

  it('survives a cycle in bad data and an unknown root', () => {
    const units = [u('a', 'b'), u('b', 'a')];
    expect(walkSubtree('a', units).map((unit) => unit.id)).toEqual(['a', 'b']);
    expect(walkSubtree('missing', units)).toEqual([]);
  });
});
