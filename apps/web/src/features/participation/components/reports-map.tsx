import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { portalStyle } from '@/components/map/map-style';
import { createPortalMap, webglAvailable } from '@/components/map/portal-map';
import type { PublicReport } from '../api/participation-api';
import { useParticipationText } from './easy-language';
import type { PortalInfo } from './report-form';

/** Reports with a pinned place as points on the portal's map (the list beside it names every report, also those without a pin). */
export function ReportsMap({ portal, reports }: { portal: PortalInfo; reports: PublicReport[] }) {
  const { tx } = useParticipationText();
  const navigate = useNavigate();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const [ready, setReady] = useState(false);
  const [supported] = useState(webglAvailable);
  const go = useRef(navigate);
  go.current = navigate;

  useEffect(() => {
    if (!supported || !container.current) return;
    const { map: m, districts } = createPortalMap(container.current, portal);
    m.on('load', () => {
      if (!m.getSource('offers')) {
        const own = portalStyle(districts, null, portal.primaryColor);
        for (const [id, source] of Object.entries(own.sources)) if (!m.getSource(id)) m.addSource(id, source);
        for (const layer of own.layers) if (layer.type !== 'background' && !m.getLayer(layer.id)) m.addLayer(layer);
      }
      m.on('click', 'offer-points', (e: MapLayerMouseEvent) => {
        const id = e.features?.[0]?.properties?.id as string | undefined;
        if (id) void go.current(`/portal/${portal.slug}/meldungen/${id}`);
      });
      setReady(true);
    });
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
      setReady(false);
    };
  }, [portal, supported]);

  useEffect(() => {
    const m = map.current;
    if (!ready || !m) return;
    const features = reports
      .filter((r) => r.lat !== null && r.lng !== null)
      .map((r) => ({ type: 'Feature', id: r.id, properties: { id: r.id }, geometry: { type: 'Point', coordinates: [r.lng, r.lat] } }));
    (m.getSource('offers') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features } as never);
  }, [ready, reports]);

  if (!supported) return <p className="portal-map__fallback">{tx('list.mapUnavailable')}</p>;
  return (
    <figure className="portal-map">
      <div ref={container} className="portal-map__canvas" role="region" aria-label={tx('list.mapLabel')} aria-describedby="participation-map-caption" />
      <figcaption id="participation-map-caption" className="portal-map__caption">
        {tx('list.mapCaption')}
      </figcaption>
    </figure>
  );
}
