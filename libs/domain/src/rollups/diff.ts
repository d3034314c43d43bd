import { emptyRollup, type UnitRollup } from './figures';

export interface FieldDrift {
  /** Dotted path of the figure, e.g. "assignments.byBucket.open_overdue" or "ackLatency.histogram.3". */
  field: string;
  incremental: number | null;
  fromScratch: number | null;
}

export interface UnitDrift {
  unitId: string;
  fields: FieldDrift[];
}

type Figures = ReadonlyMap<string, UnitRollup>;

/**
 * Units whose incrementally kept figures differ from a from-scratch computation, with each drifted figure.
 * A unit missing on one side is compared with the empty figures (a unit with nothing in it is not drift).
 * `asOf` is not compared. Units come in the from-scratch order, then those only kept incrementally.
 */
export function rollupDiff(incremental: Figures, fromScratch: Figures): UnitDrift[] {
  const unitIds = [...new Set([...fromScratch.keys(), ...incremental.keys()])];
  const drifts: UnitDrift[] = [];
  for (const unitId of unitIds) {
    const fields = figureDiff(
      incremental.get(unitId) ?? emptyRollup(),
      fromScratch.get(unitId) ?? emptyRollup(),
    );
    if (fields.length > 0) drifts.push({ unitId, fields });
  }
  return drifts;
}

/** The figures that differ between two sets (asOf ignored); empty when a recomputation changed nothing. */
export function figureDiff(incremental: UnitRollup, fromScratch: UnitRollup): FieldDrift[] {
  const left = flattenFigures(incremental);
  const right = flattenFigures(fromScratch);
  const fields: FieldDrift[] = [];
  for (const field of new Set([...left.keys(), ...right.keys()])) {
    const a = left.get(field) ?? null;
    const b = right.get(field) ?? null;
    if (a !== b) fields.push({ field, incremental: a, fromScratch: b });
  }
  return fields;
}

/** Every figure as a dotted path → number (or null for an undefined rate), asOf left out. */
export function flattenFigures(figures: UnitRollup): Map<string, number | null> {
  const flat = new Map<string, number | null>();
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'number' || value === null) {
      flat.set(path, value);
    } else if (typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
    }
  };
  const { asOf: _asOf, ...rest } = figures;
  visit(rest, '');
  return flat;
}
