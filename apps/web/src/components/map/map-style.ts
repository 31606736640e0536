import type { StyleSpecification } from 'maplibre-gl';
/** A district as the public portal sends it: its shape as GeoJSON, or none. */
export interface MapDistrict {
  id: string;
  name: string;
  geojson: { type: string; coordinates: unknown } | null;
}

export interface DistrictCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: { id: string; name: string }; geometry: { type: string; coordinates: unknown } }[];
}

/** The districts that have a shape, as one GeoJSON collection (the id and name as properties). */
export function districtCollection(districts: MapDistrict[]): DistrictCollection {
  return {
    type: 'FeatureCollection',
    features: districts.filter((d) => d.geojson).map((d) => ({ type: 'Feature', properties: { id: d.id, name: d.name }, geometry: d.geojson! })),
  };
}

/** [[west, south], [east, north]] around all district shapes, or null without any. */
export function boundsOf(collection: DistrictCollection): [[number, number], [number, number]] | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') {
      w = Math.min(w, c[0]);
      e = Math.max(e, c[0]);
      s = Math.min(s, c[1]);
      n = Math.max(n, c[1]);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of collection.features) visit(f.geometry.coordinates);
  return Number.isFinite(w)
    ? [
        [w, s],
        [e, n],
      ]
    : null;
}

/**
 * The built-in style: no glyphs, no sprites, no tiles unless the portal names a raster tile URL,
 * so a map without configuration makes no request beyond our own origin. Districts as fill and
 * line, the selected one stronger; offers as clustered circles (counts are HTML labels).
 */
export function portalStyle(districts: DistrictCollection, tileUrl: string | null, colour: string): StyleSpecification {
  return {
    version: 8,
    sources: {
      ...(tileUrl ? { basemap: { type: 'raster' as const, tiles: [tileUrl], tileSize: 256 } } : {}),
      districts: { type: 'geojson', data: districts as never },
      offers: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, cluster: true, clusterRadius: 48, clusterMaxZoom: 15 },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4f6f6' } },
      ...(tileUrl ? [{ id: 'basemap', type: 'raster' as const, source: 'basemap' }] : []),
      { id: 'districts-fill', type: 'fill', source: 'districts', paint: { 'fill-color': '#dce9e7', 'fill-opacity': 0.7 } },
      { id: 'districts-selected', type: 'fill', source: 'districts', filter: ['==', ['get', 'id'], ''], paint: { 'fill-color': colour, 'fill-opacity': 0.25 } },
      { id: 'districts-line', type: 'line', source: 'districts', paint: { 'line-color': '#4d5c59', 'line-width': 1.5 } },
      {
        id: 'offer-clusters',
        type: 'circle',
        source: 'offers',
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': colour,
          'circle-radius': ['step', ['get', 'point_count'], 16, 10, 20, 50, 26],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        },
      },
      {
        id: 'offer-points',
        type: 'circle',
        source: 'offers',
        filter: ['!', ['has', 'point_count']],
        paint: { 'circle-color': colour, 'circle-radius': 7, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
      },
    ],
  };
}

/**
 * A portal's own style (a MapLibre style URL) with the districts and offers on top: its sources
 * and layers first, then ours (without our background and basemap), so the pages that set the
 * offers' data and filter the districts find the same sources and layers as in the built-in style.
 */
export function withPortalOverlay(base: StyleSpecification, own: StyleSpecification): StyleSpecification {
  const ours = own.layers.filter((l) => l.id !== 'background' && l.id !== 'basemap');
  const taken = new Set(ours.map((l) => l.id));
  return {
    ...base,
    sources: { ...base.sources, districts: own.sources.districts!, offers: own.sources.offers! },
    layers: [...base.layers.filter((l) => !taken.has(l.id)), ...ours],
  };
}

/**
 * The style a portal map starts with: the portal's style URL (with the overlay added once it is
 * fetched), or the built-in style — with the portal's raster tiles under the districts if it names
 * a tile URL, else nothing beyond our own origin.
 */
export function portalMapStyle(
  districts: DistrictCollection,
  map: { styleUrl: string | null; tileUrl: string | null },
  colour: string,
): { style: string | StyleSpecification; own: StyleSpecification; transform?: (next: StyleSpecification) => StyleSpecification } {
  if (map.styleUrl) {
    const own = portalStyle(districts, null, colour);
    return { style: map.styleUrl, own, transform: (next) => withPortalOverlay(next, own) };
  }
  const own = portalStyle(districts, map.tileUrl, colour);
  return { style: own, own };
}
