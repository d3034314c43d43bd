import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BoundaryImportResultDto } from '@cdt/domain';
import type { BoundariesImporter } from '../rollups/boundaries.importer';

const BOUNDARIES = 'geo/quang-tri-districts-2019.geojson';

/**
 * Where the shared data (never committed) sits: CDT_SHARED_DATA_DIR, else beside the project (the same path
 * from apps/api/src and apps/api/dist), else this workplace's /work/shared/data for clones made elsewhere.
 */
function sharedDataFile(relative: string): string {
  const candidates = [
    ...(process.env.CDT_SHARED_DATA_DIR ? [resolve(process.env.CDT_SHARED_DATA_DIR, relative)] : []),
    resolve(__dirname, '../../../../../shared/data', relative),
    resolve('/work/shared/data', relative),
  ];
  return candidates.find((file) => existsSync(file)) ?? candidates[0]!;
}

/** Quảng Trị's district boundaries for the demo and the tests. */
export const DEMO_BOUNDARIES_FILE = sharedDataFile(BOUNDARIES);

/** Imports the demo boundaries when the file is there; null when it is not (the map then shows tiles). */
export async function importDemoBoundaries(
  importer: BoundariesImporter,
  file = DEMO_BOUNDARIES_FILE,
): Promise<BoundaryImportResultDto | null> {
  if (!existsSync(file)) return null;
  return importer.importGeoJson(await readFile(file, 'utf8'));
}
