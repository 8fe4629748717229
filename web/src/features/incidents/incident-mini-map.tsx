import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import { colorOf } from '../../lib/colors.ts';
import { createBaseMap, loadOutlines, maplibregl, whenIdle, whenLoaded } from '../map/base-map.ts';

/**
 * A small map centred on one incident, its point coloured like on the national map and labelled
 * with the site's name (a DOM label: the offline style has no glyphs). Sets `data-loaded="true"` once drawn.
 */
export function IncidentMiniMap({
  lat,
  lon,
  eventType,
  name,
}: {
  lat: number;
  lon: number;
  eventType?: string;
  name?: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const map = createBaseMap(container.current!, { center: [lon, lat], zoom: 7, attribution: false });
    let live = true;
    setLoaded(false);
    whenLoaded(map).then(async () => {
      if (!live) return;
      map.addSource('point', {
        type: 'geojson',
        data: { type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: {} },
      });
      map.addLayer({
        id: 'point',
        type: 'circle',
        source: 'point',
        paint: {
          'circle-radius': 8,
          'circle-color': colorOf(eventType),
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 2,
        },
      });
      if (name) {
        const tag = document.createElement('span');
        tag.className = 'map-label';
        tag.textContent = name;
        tag.setAttribute('data-testid', 'mini-map-label');
        new maplibregl.Marker({ element: tag, anchor: 'left', offset: [12, 0] }).setLngLat([lon, lat]).addTo(map);
      }
      // The outlines are decoration: if they fail, the point still shows.
      await loadOutlines(map).catch(() => undefined);
      await whenIdle(map);
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
      map.remove();
    };
  }, [lat, lon, eventType, name]);
  return (
    <figure class="mini-map">
      <div
        ref={container}
        class="mini-map__canvas"
        data-testid="mini-map"
        data-loaded={loaded ? 'true' : 'false'}
        role="img"
        aria-label={`${t('incident.coordinates')} ${lat}, ${lon}`}
      />
      <figcaption class="mini-map__credit">{t('incident.outlines')}</figcaption>
    </figure>
  );
}
