import { walkSubtree } from '../teams/subtree';
import { combineAll, emptyRollup, type UnitRollup } from './figures';
import { rollUp, unitFigures, type PlacedFigures } from './roll-up';
import { pick, randomTeamFigures, randomTree, seededRandom, type TestUnit } from './spec-fixtures';

function placeTeams(random: () => number, units: TestUnit[], count: number): PlacedFigures[] {
  const holders = units.filter((u) => u.kind === 'commune' || u.kind === 'village');
  return Array.from({ length: count }, () => ({
    unitId: pick(random, holders).id,
    figures: randomTeamFigures(random),
  }));
}

/** The definition: a unit's figures are all the figures of teams in its subtree. */
function bruteForce(units: TestUnit[], placed: PlacedFigures[], unitId: string): UnitRollup {
  const inSubtree = new Set(
    walkSubtree(
      unitId,
      units.map((u) => ({ ...u, name: u.id })),
    ).map((u) => u.id),
  );
  return combineAll(placed.filter((p) => inSubtree.has(p.unitId)).map((p) => p.figures));
}

describe('rollUp', () => {
  it.each([
    ['with districts (2022)', true],
    ['without districts (2025)', false],
  ])('gives every unit its whole subtree’s figures, %s', (_shape, withDistricts) => {
    const random = seededRandom(withDistricts ? 21 : 22);
    for (let run = 0; run < 10; run += 1) {
      const units = randomTree(random, withDistricts);
      const placed = placeTeams(random, units, 25);
      const rolled = rollUp(units, placed);
      expect([...rolled.keys()].sort()).toEqual(units.map((u) => u.id).sort());
      for (const unit of units) expect(rolled.get(unit.id)).toEqual(bruteForce(units, placed, unit.id));
      expect(rolled.get('p')!.teams.total).toBe(combineAll(placed.map((p) => p.figures)).teams.total);
    }
  });

  it('does not depend on the order units or teams are listed in', () => {
    const random = seededRandom(23);
    const units = randomTree(random, true);
    const placed = placeTeams(random, units, 30);
    expect(rollUp([...units].reverse(), [...placed].reverse())).toEqual(rollUp(units, placed));
  });

  it('gives units without teams the empty figures and ignores teams at unknown units', () => {
    const units = [
      { id: 'p', parentId: null },
      { id: 'c', parentId: 'p' },
    ];
    const stray = { unitId: 'elsewhere', figures: randomTeamFigures(seededRandom(24)) };
    const rolled = rollUp(units, [stray]);
    expect(rolled.get('p')).toEqual(emptyRollup());
    expect(rolled.get('c')).toEqual(emptyRollup());
  });

  it('folds a subtree alone: a unit whose parent is not listed is a root', () => {
    const random = seededRandom(25);
    const units = randomTree(random, true);
    const placed = placeTeams(random, units, 20);
    const district = units.filter((u) => u.id === 'd1' || u.path.startsWith('/p/d1/'));
    const rolled = rollUp(district, placed);
    expect(rolled.has('p')).toBe(false);
    expect(rolled.get('d1')).toEqual(rollUp(units, placed).get('d1'));
  });

  it('leaves out units caught in a parent cycle instead of looping', () => {
    const units = [
      { id: 'p', parentId: null },
      { id: 'x', parentId: 'y' },
      { id: 'y', parentId: 'x' },
    ];
    expect([...rollUp(units, []).keys()]).toEqual(['p']);
  });
});

describe('unitFigures', () => {
  it('gives what rollUp gives from the unit’s own teams and its children’s figures', () => {
    const random = seededRandom(26);
    const units = randomTree(random, true);
    const placed = placeTeams(random, units, 30);
    const rolled = rollUp(units, placed);
    for (const unit of units) {
      const own = placed.filter((p) => p.unitId === unit.id).map((p) => p.figures);
      const children = units.filter((u) => u.parentId === unit.id).map((u) => rolled.get(u.id)!);
      expect(unitFigures(own, children)).toEqual(rolled.get(unit.id));
    }
  });
});
