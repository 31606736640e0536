import { check, HintError } from '@placemarkio/check-geojson';
import type { FieldProblem } from '../../core/errors';

/** Largest shape we keep per district (serialised): a city district's outline is a few kB to 100 kB. */
export const GEOJSON_MAX_CHARS = 500_000;

type Position = number[];
type Area = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

export type GeojsonResult = { geometry: Area } | { problem: FieldProblem };

const problem = (code: string): GeojsonResult => ({ problem: { field: 'geojson', code } });

/**
 * A district's shape: GeoJSON text (RFC 7946, checked by @placemarkio/check-geojson) whose one
 * area is a Polygon or MultiPolygon — given as the geometry, a Feature or a FeatureCollection with
 * one Feature (what mapping tools export) — in WGS 84 longitude/latitude. Returns the geometry only.
 */
export function parseDistrictGeojson(text: string): GeojsonResult {
  if (text.length > GEOJSON_MAX_CHARS) return problem('geojsonTooLarge');
  let parsed: { type: string; geometry?: unknown; features?: { geometry?: unknown }[] };
  try {
    parsed = check(text) as typeof parsed;
  } catch (e) {
    if (e instanceof HintError || e instanceof SyntaxError) return problem('geojsonInvalid');
    throw e;
  }
  const geometry = (
    parsed.type === 'Feature'
      ? parsed.geometry
      : parsed.type === 'FeatureCollection'
        ? parsed.features?.length === 1
          ? parsed.features[0].geometry
          : undefined
        : parsed
  ) as { type?: string; coordinates?: unknown } | undefined;
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return problem('geojsonNotArea');
  const area = geometry as Area;
  const rings = area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
  const outside = rings.flat().some(([lon, lat]) => Math.abs(lon) > 180 || Math.abs(lat) > 90);
  if (outside) return problem('geojsonNotWgs84');
  return { geometry: { type: area.type, coordinates: area.coordinates } as Area };
}

/** Names compare without regard to case and surrounding blanks: "Oststadt" and " oststadt" are one district. */
export const districtKey = (name: string) => name.trim().toLowerCase();
