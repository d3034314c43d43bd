import { combine, combineAll, type UnitRollup } from './figures';
import { foldUp, groupBy, type TreeUnit } from './tree-fold';

/** A team's figure set, placed at the team's unit (commune or village). */
export interface PlacedFigures {
  unitId: string;
  figures: UnitRollup;
}

/**
 * Every unit's figures over its whole subtree, computed bottom-up by parent links: the teams at the unit
 * plus every child's figures. Units without teams get the empty figures; teams at unknown units are ignored.
 */
export function rollUp(
  units: readonly TreeUnit[],
  teamFigures: readonly PlacedFigures[],
): Map<string, UnitRollup> {
  const byUnit = groupBy(teamFigures, (placed) => placed.unitId);
  return foldUp(
    units,
    (unitId) => combineAll((byUnit.get(unitId) ?? []).map((placed) => placed.figures)),
    combine,
  );
}

/**
 * One unit's figures from its own teams and its children's stored figures: what an incremental rollup job
 * computes for a single unit before moving up to the parent.
 */
export function unitFigures(ownTeams: readonly UnitRollup[], children: readonly UnitRollup[]): UnitRollup {
  return combine(combineAll(ownTeams), combineAll(children));
}
