import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import { createBaseMap, loadOutlines, maplibregl, whenIdle, whenLoaded } from '../map/base-map.ts';
import type { Escort } from './escorts-client.ts';

/** The planned route of an escort on the offline map: the segments and their points, framed on them. */
export function EscortRouteMap({ escort }: { escort: Escort }) {
  const container = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState(false);
  const points = [escort.origin, ...escort.waypoints, escort.destination].map(
    (p) => [p.lon, p.lat] as [number, number],
  );
  const key = JSON.stringify(points);
  useEffect(() => {
    const map = createBaseMap(container.current!, { center: points[0], zoom: 8, attribution: false });
    let live = true;
    setLoaded(false);
    whenLoaded(map).then(async () => {
      if (!live) return;
      map.addSource('route', {
        type: 'geojson',
        data: {
          type: 'FeatureCollection',
          features: [
            { type: 'Feature', geometry: { type: 'LineString', coordinates: points }, properties: {} },
            ...points.map((coordinates) => ({
              type: 'Feature' as const,
              geometry: { type: 'Point' as const, coordinates },
              properties: {},
            })),
          ],
        },
      });
      map.addLayer({
        id: 'route-line',
        type: 'line',
        source: 'route',
        filter: ['==', '$type', 'LineString'],
        paint: { 'line-color': '#8e1b10', 'line-width': 3 },
      });
      map.addLayer({
        id: 'route-points',
        type: 'circle',
        source: 'route',
        filter: ['==', '$type', 'Point'],
        paint: {
          'circle-radius': 6,
          'circle-color': '#8e1b10',
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 2,
        },
      });
      // The origin and destination named on the map (DOM labels: the offline style has no glyphs).
      for (const end of [escort.origin, escort.destination]) {
        const tag = document.createElement('span');
        tag.className = 'map-label';
        tag.textContent = end.name;
        tag.setAttribute('data-testid', 'escort-map-label');
        new maplibregl.Marker({ element: tag, anchor: 'left', offset: [10, 0] })
          .setLngLat([end.lon, end.lat])
          .addTo(map);
      }
      const bounds = points.reduce((b, p) => b.extend(p), new maplibregl.LngLatBounds(points[0], points[0]));
      map.fitBounds(bounds, { padding: 40, maxZoom: 11, duration: 0 });
      // The outlines are decoration: if they fail, the route still shows.
      await loadOutlines(map).catch(() => undefined);
      await whenIdle(map);
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
      map.remove();
    };
  }, [key]);
  return (
    <figure class="mini-map">
      <div
        ref={container}
        class="mini-map__canvas"
        data-testid="escort-map"
        data-loaded={loaded ? 'true' : 'false'}
        role="img"
        aria-label={`${t('escort.route')}: ${escort.origin.name} → ${escort.destination.name}`}
      />
      <figcaption class="mini-map__credit">{t('incident.outlines')}</figcaption>
    </figure>
  );
}
