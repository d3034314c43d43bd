import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BoundaryImportResultDto } from '@cdt/domain';
import type { BoundariesImporter } from '../rollups/boundaries.importer';

/**
 * Quảng Trị's district boundaries for the demo and the tests: shared data beside the project (never committed),
 * the same path from apps/api/src and apps/api/dist.
 */
export const DEMO_BOUNDARIES_FILE = resolve(
  __dirname,
  '../../../../../shared/data/geo/quang-tri-districts-2019.geojson',
);

/** Imports the demo boundaries when the file is there; null when it is not (the map then shows tiles). */
export async function importDemoBoundaries(
  importer: BoundariesImporter,
  file = DEMO_BOUNDARIES_FILE,
): Promise<BoundaryImportResultDto | null> {
  if (!existsSync(file)) return null;
  return importer.importGeoJson(await readFile(file, 'utf8'));
}
