import { readFile } from 'node:fs/promises';
import type { INestApplicationContext } from '@nestjs/common';
import { ErrorCode } from '@cdt/domain';
import { createTestContext } from '../../../../test/support/context';
import { DomainException } from '../common/domain.exception';
import { DEMO_BOUNDARIES_FILE } from '../demo/demo-boundaries';
import { BoundariesImporter } from './boundaries.importer';
import { BoundariesRepository } from './boundaries.repository';

const square = [
  [
    [106.9, 16.8],
    [107.0, 16.8],
    [107.0, 16.9],
    [106.9, 16.8],
  ],
];
const collection = (...codes: string[]) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: codes.map((code) => ({
      type: 'Feature',
      properties: { code, name: `Unit ${code}` },
      geometry: { type: 'Polygon', coordinates: square },
    })),
  });

describe('units:import-boundaries', () => {
  let app: INestApplicationContext;
  let importer: BoundariesImporter;
  let repo: BoundariesRepository;

  beforeAll(async () => {
    app = await createTestContext();
    importer = app.get(BoundariesImporter);
    repo = app.get(BoundariesRepository);
  });
  afterAll(() => app.close());

  const refusal = async (text: string) => {
    const before = await repo.count();
    const error = await importer.importGeoJson(text).then(
      () => null,
      (e: unknown) => e,
    );
    expect(await repo.count()).toBe(before);
    expect(error).toBeInstanceOf(DomainException);
    return error as DomainException;
  };

  it('refuses a file that is not JSON, or not a FeatureCollection of polygons, and writes nothing', async () => {
    expect((await refusal('{"type": "FeatureCollection", ')).code).toBe(ErrorCode.ImportInvalid);
    const lines = await refusal(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: {}, geometry: null }],
      }),
    );
    expect(lines.code).toBe(ErrorCode.ImportInvalid);
    expect(JSON.stringify(lines.details)).toContain('features.0.properties.code');
  });

  it('refuses a file whose features match no unit, naming their codes', async () => {
    const error = await refusal(collection('99990', '99991'));
    expect(error.code).toBe(ErrorCode.ImportInvalid);
    expect(JSON.stringify(error.details)).toContain('code 99990');
  });

  it('stores the matched features, reports the others, and gives the same rows when run again', async () => {
    const first = await importer.importGeoJson(collection('467', '99992'));
    expect(first).toEqual({ imported: 1, unmatched: [{ code: '99992', name: 'Unit 99992' }] });
    const count = await repo.count();
    await importer.importGeoJson(collection('467', '99992'));
    expect(await repo.count()).toBe(count);
  });

  // The shared data sits beside the project in development and CI; a missing file fails here on purpose.
  it("imports Quảng Trị's district boundaries from the shared demo file, every feature matched", async () => {
    const result = await importer.importGeoJson(await readFile(DEMO_BOUNDARIES_FILE, 'utf8'));
    expect(result.imported).toBe(10);
    expect(result.unmatched).toEqual([]);
  });
});
