import { describe, expect, it } from 'vitest';
import { svgPaths } from './geo-svg';

describe('svgPaths', () => {
  it('fits the shapes into the box, north up', () => {
    const square = (x: number) => ({
      type: 'Polygon',
      coordinates: [
        [
          [x, 50],
          [x + 1, 50],
          [x + 1, 51],
          [x, 51],
          [x, 50],
        ],
      ],
    });
    const paths = svgPaths(
      [
        { id: 'a', name: 'A', geojson: square(0) },
        { id: 'b', name: 'B', geojson: square(1) },
        { id: 'c', name: 'C', geojson: null },
      ],
      200,
      100,
    );
    expect(paths.map((p) => p.id)).toEqual(['a', 'b']);
    expect(paths[0].d.startsWith('M0.0,')).toBe(true);
    expect(paths[0].cy).toBeGreaterThan(0);
  });
});
