import { districtKey, GEOJSON_MAX_CHARS, parseDistrictGeojson } from './districts.rules';

/** Pure rules of a district's shape: no database, no app (small tests). */
const square = [
  [
    [9.99, 53.55],
    [10.01, 53.55],
    [10.01, 53.56],
    [9.99, 53.56],
    [9.99, 53.55],
  ],
];
const polygon = { type: 'Polygon', coordinates: square };
const text = (v: unknown) => JSON.stringify(v);

describe('parseDistrictGeojson', () => {
  it('takes a Polygon or MultiPolygon, bare or in a Feature or a one-feature collection, and keeps only the geometry', () => {
    expect(parseDistrictGeojson(text(polygon))).toEqual({ geometry: polygon });
    expect(parseDistrictGeojson(text({ type: 'Feature', properties: { name: 'Oststadt' }, geometry: polygon }))).toEqual({ geometry: polygon });
    const multi = { type: 'MultiPolygon', coordinates: [square] };
    expect(parseDistrictGeojson(text({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: multi }] }))).toEqual({
      geometry: multi,
    });
  });

  it('refuses text that is no GeoJSON, and rings that are not closed', () => {
    expect(parseDistrictGeojson('{"type": "Polygon", ')).toEqual({ problem: { field: 'geojson', code: 'geojsonInvalid' } });
    expect(parseDistrictGeojson(text({ type: 'Polygon', coordinates: [square[0].slice(0, 4)] }))).toEqual({
      problem: { field: 'geojson', code: 'geojsonInvalid' },
    });
  });

  it('refuses points, lines and collections of several features: a district is one area', () => {
    for (const v of [
      { type: 'Point', coordinates: [10, 53.5] },
      { type: 'LineString', coordinates: square[0] },
      { type: 'FeatureCollection', features: [] },
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: {}, geometry: polygon },
          { type: 'Feature', properties: {}, geometry: polygon },
        ],
      },
    ]) {
      expect(parseDistrictGeojson(text(v))).toEqual({ problem: { field: 'geojson', code: 'geojsonNotArea' } });
    }
  });

  it('refuses coordinates outside longitude/latitude (e.g. a shape in UTM metres)', () => {
    const utm = [
      [
        [566000, 5933000],
        [567000, 5933000],
        [567000, 5934000],
        [566000, 5933000],
      ],
    ];
    expect(parseDistrictGeojson(text({ type: 'Polygon', coordinates: utm }))).toEqual({ problem: { field: 'geojson', code: 'geojsonNotWgs84' } });
  });

  it('refuses a shape over the size limit before parsing it', () => {
    expect(parseDistrictGeojson(' '.repeat(GEOJSON_MAX_CHARS + 1))).toEqual({ problem: { field: 'geojson', code: 'geojsonTooLarge' } });
  });
});

describe('districtKey', () => {
  it('one district whatever the case and surrounding blanks', () => {
    expect(districtKey(' Oststadt ')).toBe(districtKey('oststadt'));
    expect(districtKey('Nord-Ost')).not.toBe(districtKey('Nordost'));
  });
});
