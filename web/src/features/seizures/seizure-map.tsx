import { useEffect, useRef } from 'preact/hooks';
import type { FeatureCollection } from 'geojson';
import { createBaseMap, loadOutlines, maplibregl, whenLoaded } from '../map/base-map.ts';
import { t } from '../../i18n/i18n.ts';
import type { SeizureFact } from './seizures-api.ts';

function asGeoJson(facts: SeizureFact[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: facts
      .filter((f) => f.lat !== null && f.lon !== null)
      .map((f) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [f.lon!, f.lat!] },
        properties: {
          id: f.id,
          kg: f.kilograms,
          label: `${f.date ?? t('common.none')} — ${Math.round(f.kilograms).toLocaleString()} kg ${f.drug}${f.organisation?.name ? ` (${f.organisation.name})` : ''}`,
        },
      })),
  };
}

/** Seizures on the offline basemap, circles sized by quantity; framed on every point shown. */
export function SeizureMap({ facts }: { facts: SeizureFact[] }) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<maplibregl.Map | undefined>(undefined);
  useEffect(() => {
    if (!container.current) return;
    const created = createBaseMap(container.current, { attribution: true });
    map.current = created;
    void whenLoaded(created).then(async () => {
      await loadOutlines(created);
      created.addSource('seizures', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      created.addLayer({
        id: 'seizures',
        type: 'circle',
        source: 'seizures',
        paint: {
          'circle-color': '#8e44ad',
          'circle-opacity': 0.6,
          'circle-stroke-color': '#4a235a',
          'circle-stroke-width': 1,
          'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'kg']], 0, 3, 150, 22],
        },
      });
      show(created, facts);
    });
    return () => {
      created.remove();
      map.current = undefined;
    };
  }, []);
  useEffect(() => {
    if (map.current?.getSource('seizures')) show(map.current, facts);
  }, [facts]);
  return (
    <figure class="seizure-map">
      <div ref={container} class="seizure-map__canvas" data-testid="seizure-map" />
      <figcaption>{t('seizures.map')}</figcaption>
    </figure>
  );
}

function show(map: maplibregl.Map, facts: SeizureFact[]) {
  const data = asGeoJson(facts);
  (map.getSource('seizures') as maplibregl.GeoJSONSource).setData(data);
  const points = data.features.map((f) => (f.geometry as unknown as { coordinates: [number, number] }).coordinates);
  if (points.length === 0) return;
  const bounds = new maplibregl.LngLatBounds(points[0], points[0]);
  for (const point of points) bounds.extend(point);
  map.fitBounds(bounds, { padding: 40, maxZoom: 7, duration: 0 });
}
