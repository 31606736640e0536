import { Marker, type Map as MapLibreMap, type GeoJSONSource, type MapGeoJSONFeature, type MapLayerMouseEvent } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useOfferPoints, type PointCollection, type PublicPortal } from '../api/portal-api';
import { createPortalMap, webglAvailable } from '@/components/map/portal-map';

interface Props {
  portal: PublicPortal;
  params: URLSearchParams;
  selectedDistrict: string | null;
  onDistrict: (id: string | null) => void;
}

/**
 * The offers on a map (MapLibre GL): district polygons from the portal's GeoJSON, the offers as
 * clustered points with their count, no basemap unless the portal configured a style or tile URL
 * (so by default nothing is loaded from the network). A click on a district filters by it; a
 * point opens its offer. The same choices exist without the map (the "District" filter and the
 * list), for keyboards and screen readers, and where WebGL is missing.
 */
export function OfferMap({ portal, params, selectedDistrict, onDistrict }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const markers = useRef<Marker[]>([]);
  const [ready, setReady] = useState(false);
  const [supported] = useState(webglAvailable);
  const points = useOfferPoints(portal.slug, params, supported);
  const handlers = useRef({ onDistrict, navigate });
  handlers.current = { onDistrict, navigate };

  useEffect(() => {
    if (!supported || !container.current) return;
    const { map: m } = createPortalMap(container.current, portal);
    // A configured style gets the districts and offers on top from createPortalMap (withPortalOverlay).
    m.on('load', () => {
      m.on('click', 'districts-fill', (e: MapLayerMouseEvent) => {
        const id = e.features?.[0]?.properties?.id as string | undefined;
        if (id) handlers.current.onDistrict(id);
      });
      m.on('click', 'offer-clusters', async (e: MapLayerMouseEvent) => {
        const feature = e.features?.[0];
        if (!feature) return;
        const source = m.getSource('offers') as GeoJSONSource;
        const zoom = await source.getClusterExpansionZoom(feature.properties.cluster_id as number);
        m.easeTo({ center: (feature.geometry as unknown as { coordinates: [number, number] }).coordinates, zoom });
      });
      m.on('click', 'offer-points', (e: MapLayerMouseEvent) => {
        const id = e.features?.[0]?.properties?.id as string | undefined;
        if (id) void handlers.current.navigate(`/portal/${portal.slug}/angebote/${id}`);
      });
      for (const layer of ['districts-fill', 'offer-clusters', 'offer-points']) {
        m.on('mouseenter', layer, () => (m.getCanvas().style.cursor = 'pointer'));
        m.on('mouseleave', layer, () => (m.getCanvas().style.cursor = ''));
      }
      // Cluster counts as HTML labels: the default style has no glyph server (no network).
      m.on('render', () => {
        for (const marker of markers.current) marker.remove();
        markers.current = m.queryRenderedFeatures({ layers: ['offer-clusters'] }).map((f: MapGeoJSONFeature) => {
          const el = document.createElement('span');
          el.className = 'portal-map__count';
          el.setAttribute('aria-hidden', 'true');
          el.textContent = String(f.properties.point_count);
          return new Marker({ element: el }).setLngLat((f.geometry as unknown as { coordinates: [number, number] }).coordinates).addTo(m);
        });
      });
      setReady(true);
    });
    map.current = m;
    return () => {
      for (const marker of markers.current) marker.remove();
      m.remove();
      map.current = null;
      setReady(false);
    };
  }, [portal, supported]);

  useEffect(() => {
    const m = map.current;
    if (!ready || !m) return;
    const data: PointCollection = points.data ?? { type: 'FeatureCollection', features: [] };
    (m.getSource('offers') as GeoJSONSource | undefined)?.setData(data as never);
    m.setFilter('districts-selected', ['==', ['get', 'id'], selectedDistrict ?? '']);
  }, [ready, points.data, selectedDistrict]);

  if (!supported) return <p className="portal-map__fallback">{t('portal-public.map.unavailable')}</p>;
  return (
    <figure className="portal-map">
      <div ref={container} className="portal-map__canvas" role="region" aria-label={t('portal-public.map.title')} aria-describedby="portal-map-description" />
      <figcaption id="portal-map-description" className="portal-map__caption">
        {t('portal-public.map.description')}
      </figcaption>
    </figure>
  );
}
