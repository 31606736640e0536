import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { boundsOf, districtCollection, portalMapStyle, type DistrictCollection, type MapDistrict } from './map-style';

// MapLibre's worker from our own bundle (no CDN): the map works without any network.
setWorkerUrl(workerUrl);

/** Whether this browser can draw a MapLibre map; without WebGL the pages show their lists alone. */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** What a portal map needs of its portal: districts, the configured style or tiles, the colour. */
export interface PortalMapSettings {
  districts: MapDistrict[];
  map: { styleUrl: string | null; tileUrl: string | null };
  primaryColor: string;
}

/**
 * The portal's map in `container`: its configured style with the districts and offers on top, or
 * the offline default (district shapes, no basemap unless a tile URL is set), fitted to the districts (Germany without any), with zoom
 * buttons. Returns the map and the district collection its layers were made from.
 */
export function createPortalMap(container: HTMLElement, portal: PortalMapSettings): { map: MapLibreMap; districts: DistrictCollection } {
  const districts = districtCollection(portal.districts);
  const bounds = boundsOf(districts);
  const { style, own, transform } = portalMapStyle(districts, portal.map, portal.primaryColor);
  const map = new MapLibreMap({
    container,
    style,
    transformStyle: transform ? (_previous, next) => transform(next) : undefined,
    bounds: bounds ?? undefined,
    fitBoundsOptions: { padding: 24 },
    center: bounds ? undefined : [10.45, 51.16],
    zoom: bounds ? undefined : 5,
    attributionControl: false,
    cooperativeGestures: false,
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  if (transform) {
    // The portal's style cannot be fetched (offline, blocked, gone): the built-in map instead of an empty one.
    let fellBack = false;
    map.on('error', () => {
      if (fellBack || map.isStyleLoaded()) return;
      fellBack = true;
      map.setStyle(own, { transformStyle: (_previous, next) => next });
    });
  }
  return { map, districts };
}
