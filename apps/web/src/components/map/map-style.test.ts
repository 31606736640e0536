import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { districtCollection, portalMapStyle, withPortalOverlay } from './map-style';

const districts = districtCollection([
  {
    id: 'd1',
    name: 'Oststadt',
    geojson: {
      type: 'Polygon',
      coordinates: [
        [
          [9, 50],
          [9.1, 50],
          [9.1, 50.1],
          [9, 50],
        ],
      ],
    },
  },
]);
/** Every string in the style that looks like an address: what the browser would load. */
const addresses = (style: unknown) => JSON.stringify(style).match(/(https?:)?\/\/[^"]+/g) ?? [];

describe("a portal's map style (no test here loads anything: only the style objects are checked)", () => {
  it('without settings: districts and offers on a plain background, nothing from the network', () => {
    const { style, transform } = portalMapStyle(districts, { styleUrl: null, tileUrl: null }, '#1d4f91');
    expect(transform).toBeUndefined();
    const s = style as StyleSpecification;
    expect(Object.keys(s.sources).sort()).toEqual(['districts', 'offers']);
    expect(s.layers.map((l) => l.id)).not.toContain('basemap');
    expect(s.glyphs).toBeUndefined();
    expect(s.sprite).toBeUndefined();
    expect(addresses(s)).toEqual([]);
  });

  it('with a tile URL: its raster tiles under the districts', () => {
    const tileUrl = 'https://tiles.example.org/{z}/{x}/{y}.png';
    const s = portalMapStyle(districts, { styleUrl: null, tileUrl }, '#1d4f91').style as StyleSpecification;
    expect(s.sources.basemap).toEqual({ type: 'raster', tiles: [tileUrl], tileSize: 256 });
    const ids = s.layers.map((l) => l.id);
    expect(ids.indexOf('basemap')).toBeGreaterThan(ids.indexOf('background'));
    expect(ids.indexOf('basemap')).toBeLessThan(ids.indexOf('districts-fill'));
  });

  it('with a style URL: the URL is the style, and the fetched style gets the districts and offers on top', () => {
    const styleUrl = 'https://127.0.0.1:9/style.json';
    const { style, transform } = portalMapStyle(districts, { styleUrl, tileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png' }, '#b3541e');
    expect(style).toBe(styleUrl);
    const fetched: StyleSpecification = {
      version: 8,
      sources: { osm: { type: 'vector', url: 'https://127.0.0.1:9/tiles.json' } },
      layers: [
        { id: 'background', type: 'background', paint: { 'background-color': '#eee' } },
        { id: 'roads', type: 'line', source: 'osm', 'source-layer': 'roads' },
      ],
    };
    const merged = transform!(fetched);
    expect(Object.keys(merged.sources).sort()).toEqual(['districts', 'offers', 'osm']);
    // Theirs first (their background stays, our basemap is not added), then our districts and offers.
    expect(merged.layers.map((l) => l.id)).toEqual([
      'background',
      'roads',
      'districts-fill',
      'districts-selected',
      'districts-line',
      'offer-clusters',
      'offer-points',
    ]);
    expect(merged.layers.find((l) => l.id === 'offer-points')).toMatchObject({ paint: { 'circle-color': '#b3541e' } });
  });

  it('a style that already has a layer of our name keeps ours only', () => {
    const own = portalMapStyle(districts, { styleUrl: null, tileUrl: null }, '#1d4f91').own;
    const merged = withPortalOverlay({ version: 8, sources: {}, layers: [{ id: 'offer-points', type: 'background' }] }, own);
    expect(merged.layers.filter((l) => l.id === 'offer-points')).toHaveLength(1);
    expect(merged.layers.at(-1)).toMatchObject({ id: 'offer-points', type: 'circle' });
  });
});
