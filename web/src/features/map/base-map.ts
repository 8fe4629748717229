import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection as GeoFeatureCollection } from 'geojson';
import { api } from '../../api/client.ts';
import { onLangChange, t } from '../../i18n/i18n.ts';

// After a Vite build the worker lives at a hashed URL: tell maplibre where.
maplibregl.setWorkerUrl(workerUrl);

export { maplibregl };

/** Metropolitan France with Corsica; overseas facilities lie outside and are reached by panning. */
export const METROPOLE_BOUNDS: [[number, number], [number, number]] = [
  [-5.2, 41.3],
  [9.6, 51.15],
];

const EMPTY: GeoFeatureCollection = { type: 'FeatureCollection', features: [] };
const ATTRIBUTION = 'IGN Admin Express / france-geojson (Licence Ouverte)';

/**
 * A style with no tile server: a sea-coloured background, the metropolitan land, department
 * and region borders. The outlines are filled by `loadOutlines` from the API.
 */
function outlineStyle(): maplibregl.StyleSpecification {
  return {
    version: 8,
    sources: {
      metropole: { type: 'geojson', data: EMPTY, attribution: ATTRIBUTION },
      departements: { type: 'geojson', data: EMPTY },
      regions: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dfe8ef' } },
      { id: 'metropole-fill', type: 'fill', source: 'metropole', paint: { 'fill-color': '#fbfaf7' } },
      {
        id: 'departements-line',
        type: 'line',
        source: 'departements',
        paint: { 'line-color': '#c9ccd1', 'line-width': 0.6 },
      },
      { id: 'regions-line', type: 'line', source: 'regions', paint: { 'line-color': '#a5abb3', 'line-width': 1 } },
      {
        id: 'metropole-line',
        type: 'line',
        source: 'metropole',
        paint: { 'line-color': '#7d8792', 'line-width': 1.2 },
      },
    ],
  };
}

/** MapLibre's words for its controls (English by default), in the reader's language. */
function mapLocale(): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': t('map.ui.zoomIn'),
    'NavigationControl.ZoomOut': t('map.ui.zoomOut'),
    'AttributionControl.ToggleAttribution': t('map.ui.attribution'),
    'Map.Title': t('map.ui.map'),
    'Marker.Title': t('map.ui.marker'),
    'Popup.Close': t('map.ui.popupClose'),
  };
}

/**
 * Rewords the controls of a map already drawn when the reader switches language: MapLibre reads its
 * words once, when it builds a control.
 */
function relabel(map: maplibregl.Map): void {
  map._locale = { ...map._locale, ...mapLocale() };
  const container = map.getContainer();
  const name = (selector: string, text: string) => {
    for (const element of container.querySelectorAll(selector)) {
      if (element.hasAttribute('title')) element.setAttribute('title', text);
      element.setAttribute('aria-label', text);
    }
  };
  name('.maplibregl-ctrl-zoom-in', t('map.ui.zoomIn'));
  name('.maplibregl-ctrl-zoom-out', t('map.ui.zoomOut'));
  name('.maplibregl-ctrl-attrib-button', t('map.ui.attribution'));
  name('.maplibregl-canvas', t('map.ui.map'));
  name('.maplibregl-popup-close-button', t('map.ui.popupClose'));
}

/** Creates a map over `container` framed on metropolitan France unless a centre is given. */
export function createBaseMap(
  container: HTMLElement,
  options: { center?: [number, number]; zoom?: number; interactive?: boolean; attribution?: boolean } = {},
): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    style: outlineStyle(),
    ...(options.center ? { center: options.center, zoom: options.zoom ?? 8 } : { bounds: METROPOLE_BOUNDS }),
    fitBoundsOptions: { padding: 16 },
    interactive: options.interactive ?? true,
    attributionControl: options.attribution === false ? false : { compact: true },
    dragRotate: false,
    pitchWithRotate: false,
    minZoom: 1,
    maxZoom: 16,
    locale: mapLocale(),
  });
  map.once(
    'remove',
    onLangChange(() => relabel(map)),
  );
  if (options.interactive !== false)
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.touchZoomRotate?.disableRotation();
  return map;
}

/** Fills the outline sources; resolves when their data is handed to the map. */
export async function loadOutlines(map: maplibregl.Map): Promise<void> {
  const [metropole, departements, regions] = await Promise.all([
    api.geo('metropole'),
    api.geo('departements'),
    api.geo('regions'),
  ]);
  setSourceData(map, 'metropole', metropole as unknown as GeoFeatureCollection);
  setSourceData(map, 'departements', departements as unknown as GeoFeatureCollection);
  setSourceData(map, 'regions', regions as unknown as GeoFeatureCollection);
}

/** Replaces the data of a GeoJSON source of the map. */
export function setSourceData(map: maplibregl.Map, source: string, data: GeoFeatureCollection): void {
  (map.getSource(source) as maplibregl.GeoJSONSource | undefined)?.setData(data);
}

/** Resolves once the map's style has loaded (at once if it already has). */
export function whenLoaded(map: maplibregl.Map): Promise<void> {
  return new Promise((resolve) => {
    if (map.loaded() || map.isStyleLoaded()) resolve();
    else map.once('load', () => resolve());
  });
}

/** Resolves when the map has finished drawing what it was given (sources parsed, frame rendered). */
export function whenIdle(map: maplibregl.Map): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}
