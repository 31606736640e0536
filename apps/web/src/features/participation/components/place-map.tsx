import { Marker, type Map as MapLibreMap, type MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { createPortalMap, webglAvailable } from '@/components/map/portal-map';
import type { PortalInfo } from './report-form';
import { useParticipationText } from './easy-language';

type Point = { lat: number; lng: number };

/**
 * Pin the place on the portal's map (its offline default style: districts, no basemap unless
 * configured). A click or tap sets the pin; keyboard users move the map with the arrow keys and
 * take its centre with the button. Address and district are the ways without a map.
 */
export function PlaceMap({ portal, value, onChange, error }: { portal: PortalInfo; value: Point | null; onChange: (p: Point | null) => void; error?: string }) {
  const { tx } = useParticipationText();
  const { i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const marker = useRef<Marker | null>(null);
  const [supported] = useState(webglAvailable);
  const change = useRef(onChange);
  change.current = onChange;

  useEffect(() => {
    if (!supported || !container.current) return;
    const { map: m } = createPortalMap(container.current, portal);
    m.on('click', (e: MapMouseEvent) => change.current({ lat: e.lngLat.lat, lng: e.lngLat.lng }));
    map.current = m;
    return () => {
      marker.current?.remove();
      marker.current = null;
      m.remove();
      map.current = null;
    };
  }, [portal, supported]);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    if (!value) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    marker.current ??= new Marker({ color: portal.primaryColor });
    marker.current.setLngLat([value.lng, value.lat]).addTo(m);
  }, [value, portal.primaryColor]);

  if (!supported)
    return (
      <p className="field__error" role="status">
        {tx('report.mapUnavailable')}
      </p>
    );
  const fmt = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 5 });
  return (
    <div className={`field participation-place${error ? ' field--invalid' : ''}`}>
      <div ref={container} className="participation-place__map" role="region" aria-label={tx('report.mapLabel')} aria-describedby="participation-place-hint" />
      <p id="participation-place-hint" className="field__hint">
        {tx('report.mapHint')}
      </p>
      <div className="participation-place__actions">
        <Button
          size="sm"
          onClick={() => {
            const c = map.current?.getCenter();
            if (c) onChange({ lat: c.lat, lng: c.lng });
          }}
        >
          {tx('report.useCentre')}
        </Button>
        {value ? (
          <Button size="sm" variant="ghost" onClick={() => onChange(null)}>
            {tx('report.removePin')}
          </Button>
        ) : null}
      </div>
      <p role="status" className="participation-place__status">
        {value ? tx('report.pinned', { lat: fmt.format(value.lat), lng: fmt.format(value.lng) }) : ''}
      </p>
      {error ? <p className="field__error">{error}</p> : null}
    </div>
  );
}
