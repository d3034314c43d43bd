import { boundaryFileSchema, matchBoundaries } from './boundaries';

const square = [
  [
    [106.9, 16.8],
    [107.0, 16.8],
    [107.0, 16.9],
    [106.9, 16.8],
  ],
];
const feature = (code: string | number, name?: string) => ({
  type: 'Feature',
  properties: { code, ...(name ? { name } : {}) },
  geometry: { type: 'Polygon', coordinates: square },
});

describe('boundary files', () => {
  it('reads codes given as numbers as their digits', () => {
    const file = boundaryFileSchema.parse({ type: 'FeatureCollection', features: [feature(461)] });
    expect(file.features[0]!.properties.code).toBe('461');
  });

  it('refuses a file without features or with a geometry that is not a polygon', () => {
    expect(boundaryFileSchema.safeParse({ type: 'FeatureCollection', features: [] }).success).toBe(false);
    const line = { ...feature('461'), geometry: { type: 'LineString', coordinates: [[1, 2]] } };
    expect(boundaryFileSchema.safeParse({ type: 'FeatureCollection', features: [line] }).success).toBe(false);
  });

  it('pairs features with units by code and reports the codes no unit has', () => {
    const file = boundaryFileSchema.parse({
      type: 'FeatureCollection',
      features: [feature('461', 'Đông Hà'), feature('999', 'Nowhere'), feature('462')],
    });
    const match = matchBoundaries(
      file,
      new Map([
        ['461', 'u1'],
        ['462', 'u2'],
      ]),
    );
    expect(match.matched.map((m) => [m.unitId, m.code])).toEqual([
      ['u1', '461'],
      ['u2', '462'],
    ]);
    expect(match.unmatched).toEqual([{ code: '999', name: 'Nowhere' }]);
  });
});
