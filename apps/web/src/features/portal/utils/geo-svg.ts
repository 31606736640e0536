/** A district shape as an SVG path in a box of `width`×`height` (plain equirectangular: a city is small). */
export interface Shape {
  id: string;
  name: string;
  geojson?: unknown;
}

type Ring = number[][];

function rings(geometry: unknown): Ring[] {
  const g = geometry as { type?: string; coordinates?: unknown };
  if (g?.type === 'Polygon') return g.coordinates as Ring[];
  if (g?.type === 'MultiPolygon') return (g.coordinates as Ring[][]).flat();
  return [];
}

export function svgPaths(shapes: Shape[], width: number, height: number): { id: string; name: string; d: string; cx: number; cy: number }[] {
  const all = shapes.flatMap((s) => rings(s.geojson).flat());
  if (!all.length) return [];
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  // Longitude degrees shrink with the cosine of the latitude.
  const kx = Math.cos(((minY + maxY) / 2) * (Math.PI / 180));
  const scale = Math.min(width / ((maxX - minX) * kx || 1), height / (maxY - minY || 1));
  const x = (lon: number) => (lon - minX) * kx * scale;
  const y = (lat: number) => (maxY - lat) * scale;
  return shapes
    .filter((s) => rings(s.geojson).length)
    .map((s) => {
      const rs = rings(s.geojson);
      const d = rs.map((r) => `M${r.map((p) => `${x(p[0]).toFixed(1)},${y(p[1]).toFixed(1)}`).join('L')}Z`).join('');
      const pts = rs[0];
      const cx = pts.reduce((a, p) => a + x(p[0]), 0) / pts.length;
      const cy = pts.reduce((a, p) => a + y(p[1]), 0) / pts.length;
      return { id: s.id, name: s.name, d, cx, cy };
    });
}
