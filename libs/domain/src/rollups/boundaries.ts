import { z } from 'zod';

/** A position is [longitude, latitude] (optionally with altitude), as GeoJSON writes it. */
const position = z.array(z.number()).min(2).max(3);
const ring = z.array(position).min(4);

/** The geometries a unit boundary may have. */
export const boundaryGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
export type BoundaryGeometry = z.infer<typeof boundaryGeometrySchema>;

/**
 * A boundary file: a GeoJSON FeatureCollection whose features carry the unit's official statistical code in
 * `properties.code` (a number is read as its digits); `properties.name` is only echoed in reports.
 */
export const boundaryFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        properties: z.object({
          code: z.union([z.string().trim().min(1).max(10), z.number().int().nonnegative()]).transform(String),
          name: z.string().optional(),
        }),
        geometry: boundaryGeometrySchema,
      }),
    )
    .min(1),
});
export type BoundaryFile = z.infer<typeof boundaryFileSchema>;

export interface BoundaryMatch {
  matched: { unitId: string; code: string; geometry: BoundaryGeometry }[];
  /** Features whose code names no unit (reported, not stored). */
  unmatched: { code: string; name: string | null }[];
}

/** Pairs each feature with the unit of its code; a code given twice keeps the last feature. */
export function matchBoundaries(
  file: BoundaryFile,
  unitIdByCode: ReadonlyMap<string, string>,
): BoundaryMatch {
  const matched = new Map<string, BoundaryMatch['matched'][number]>();
  const unmatched: BoundaryMatch['unmatched'] = [];
  for (const feature of file.features) {
    const { code } = feature.properties;
    const unitId = unitIdByCode.get(code);
    if (unitId === undefined) unmatched.push({ code, name: feature.properties.name ?? null });
    else matched.set(unitId, { unitId, code, geometry: feature.geometry });
  }
  return { matched: [...matched.values()], unmatched };
}
