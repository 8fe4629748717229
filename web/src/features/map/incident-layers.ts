import type { FeatureCollection as GeoFeatureCollection, Point } from 'geojson';
import { api } from '../../api/client.ts';
import type { MapCluster, MapView } from '../../api/map-client.ts';
import type { Facility, IncidentFeature, IncidentFeatureProperties } from '../../api/types.ts';
import { label, t } from '../../i18n/i18n.ts';
import { EVENT_COLORS, FALLBACK_COLOR, RISK_COLORS, RISK_THRESHOLDS, colorOf } from '../../lib/colors.ts';
import { occurredLabel } from '../../lib/dates.ts';
import { href } from '../../lib/router.ts';
import { formatPercent } from '../campaigns/detection-text.ts';
import { postureExpression } from '../posture/posture-colors.ts';
import type { MapFocus } from './map-focus.ts';
import { createBaseMap, loadOutlines, maplibregl, setSourceData, whenIdle, whenLoaded } from './base-map.ts';

const EMPTY: GeoFeatureCollection = { type: 'FeatureCollection', features: [] };
/** From this zoom the server sends points rather than clusters (POINT_ZOOM of the incident map service). */
export const POINT_ZOOM = 9;

// A match expression colouring each incident by its main (first) event type.
const colorExpression = [
  'match',
  ['get', 'main_type'],
  ...Object.entries(EVENT_COLORS).flat(),
  FALLBACK_COLOR,
] as unknown as maplibregl.ExpressionSpecification;

// A step expression colouring a facility by its risk, in the bins of the legend.
const riskExpression = [
  'step',
  ['get', 'risk'],
  RISK_COLORS[0],
  ...RISK_THRESHOLDS.flatMap((threshold, index) => [threshold, RISK_COLORS[index + 1]]),
] as unknown as maplibregl.ExpressionSpecification;

/** A small DOM builder for popups: text only, never HTML from data. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  // A style goes through the CSSOM: the Content-Security-Policy refuses style attributes.
  for (const [key, value] of Object.entries(attrs))
    if (key === 'style') node.style.cssText = value;
    else node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/** The TLP marking and compartments of an incident, as in the list (when the server sends them). */
function protectionBadges(incident: IncidentFeatureProperties): HTMLElement[] {
  const badges: HTMLElement[] = [];
  if (incident.marking) {
    badges.push(
      el(
        'span',
        { class: `tlp tlp--${incident.marking.toLowerCase().replace('+', '-')}`, 'data-testid': 'marking' },
        `TLP:${incident.marking}`,
      ),
    );
  }
  for (const compartment of incident.compartments ?? [])
    badges.push(el('span', { class: 'compartment', 'data-testid': 'compartment' }, compartment));
  return badges.length ? [el('span', { class: 'protection popup__protection' }, ...badges)] : [];
}

/**
 * The national map: outlines, the facilities as grey dots and the incidents as coloured dots,
 * with hover and click popups. Owns the maplibre instance; the page only hands it data.
 */
export class IncidentMapController {
  readonly map: maplibregl.Map;
  /** Resolves when the outlines and facilities are drawn and incident data can be set. */
  readonly ready: Promise<void>;
  private facilities = new Map<string, Facility>();
  private risk = new Map<string, number>();
  /** Posture level rank per facility (1 reinforced … 3 maximal) when the posture shading is on. */
  private posture = new Map<string, number>();
  private incidents = new Map<string, IncidentFeatureProperties>();
  private hover = new maplibregl.Popup({
    closeButton: false,
    closeOnClick: false,
    className: 'map-tooltip',
    offset: 8,
  });
  /** The cluster discs of the national view: DOM markers, as the offline style has no glyphs for labels. */
  private clusterMarkers: maplibregl.Marker[] = [];

  constructor(container: HTMLElement, focus?: MapFocus) {
    this.map = createBaseMap(container, focus ?? {});
    this.ready = this.setup();
  }

  private async setup(): Promise<void> {
    const facilitiesPromise = api.allFacilities();
    await whenLoaded(this.map);
    this.map.addSource('facilities', { type: 'geojson', data: EMPTY });
    this.map.addSource('incidents', { type: 'geojson', data: EMPTY });
    // Facilities shaded by risk when a forecast is shown (risk < 0: none): light halos in the risk
    // scale, under the facility dots and the incidents, so they never drown the incidents.
    this.map.addLayer({
      id: 'facility-risk',
      type: 'circle',
      source: 'facilities',
      filter: ['>=', ['get', 'risk'], 0],
      paint: {
        // The riskier, the larger: a 20 % site stands out among the many near their usual 2 %.
        'circle-radius': ['interpolate', ['linear'], ['get', 'risk'], 0, 4, 0.05, 7, 0.2, 13, 0.4, 16],
        'circle-color': riskExpression,
        'circle-opacity': 0.4,
        'circle-stroke-color': riskExpression,
        'circle-stroke-width': 1.5,
        'circle-stroke-opacity': 0.9,
      },
    });
    this.map.addLayer({
      id: 'facilities',
      type: 'circle',
      source: 'facilities',
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 2.5, 8, 5, 12, 7],
        'circle-color': '#8a9099',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 0.8,
      },
    });
    // Facilities above the normal posture level, as rings around the dot, when that shading is on.
    this.map.addLayer({
      id: 'facility-posture',
      type: 'circle',
      source: 'facilities',
      filter: ['>', ['get', 'posture'], 0],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 6, 8, 9, 12, 12],
        'circle-color': postureExpression,
        'circle-opacity': 0.35,
        'circle-stroke-color': postureExpression,
        'circle-stroke-width': 2.5,
      },
    });
    this.map.addLayer({
      id: 'incidents',
      type: 'circle',
      source: 'incidents',
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 5, 8, 8, 12, 11],
        'circle-color': colorExpression,
        'circle-opacity': 0.85,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.2,
      },
    });
    this.bindEvents();
    const [, facilities] = await Promise.all([loadOutlines(this.map), facilitiesPromise]);
    for (const facility of facilities) this.facilities.set(facility.id, facility);
    this.drawFacilities();
  }

  private drawFacilities(): void {
    setSourceData(this.map, 'facilities', {
      type: 'FeatureCollection',
      features: [...this.facilities.values()].map((facility) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [facility.lon, facility.lat] },
        properties: {
          id: facility.id,
          name: facility.name,
          risk: this.risk.get(facility.id) ?? -1,
          posture: this.posture.get(facility.id) ?? 0,
        },
      })),
    });
  }

  /** Shades the facilities by their probability of an attack (an empty map removes the shading); resolves once drawn. */
  async setRisk(probabilities: Map<string, number>): Promise<number> {
    await this.ready;
    this.risk = probabilities;
    this.drawFacilities();
    await whenIdle(this.map);
    return [...probabilities.keys()].filter((id) => this.facilities.has(id)).length;
  }

  /**
   * Rings the facilities by posture level: `levelOf` gives a facility's effective rank (0 normal …
   * 3 maximal); null removes the rings. Resolves with the number of facilities above normal.
   */
  async setPosture(levelOf: ((facility: Facility) => number) | null): Promise<number> {
    await this.ready;
    this.posture = new Map();
    if (levelOf) {
      for (const facility of this.facilities.values()) {
        const rank = levelOf(facility);
        if (rank > 0) this.posture.set(facility.id, rank);
      }
    }
    this.drawFacilities();
    await whenIdle(this.map);
    return this.posture.size;
  }

  /** Shows these incidents; resolves once they are drawn, with the number of features drawn. */
  async setIncidents(collection: { features: IncidentFeature[] }): Promise<number> {
    await this.ready;
    this.incidents.clear();
    const features = collection.features.filter((feature) => feature.geometry?.type === 'Point');
    for (const feature of features) this.incidents.set(feature.properties.id, feature.properties);
    setSourceData(this.map, 'incidents', {
      type: 'FeatureCollection',
      // Array properties do not survive the trip to the worker as arrays: flatten what styling needs.
      features: features.map((feature) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: feature.geometry.coordinates } as Point,
        properties: { id: feature.properties.id, main_type: feature.properties.event_types[0] ?? 'other' },
      })),
    });
    await whenIdle(this.map);
    return features.length;
  }

  /**
   * Shows a view of /api/incidents/map: below zoom 9, discs sized by count, labelled with it and
   * coloured by the dominant class (a click zooms in); from zoom 9, the points. Resolves once drawn,
   * with the number of incidents the view stands for (the clusters' total, or the points drawn).
   */
  async setView(view: MapView): Promise<number> {
    await this.ready;
    this.clearClusters();
    if (view.kind === 'points') return this.setIncidents({ features: view.features });
    this.incidents.clear();
    setSourceData(this.map, 'incidents', EMPTY);
    for (const cluster of view.clusters) {
      const marker = new maplibregl.Marker({ element: this.clusterElement(cluster) })
        .setLngLat([cluster.lon, cluster.lat])
        .addTo(this.map);
      this.clusterMarkers.push(marker);
    }
    await whenIdle(this.map);
    return view.total;
  }

  private clusterElement(cluster: MapCluster): HTMLElement {
    const [dominant] = Object.entries(cluster.by_class).sort((a, b) => b[1] - a[1])[0] ?? ['other', 0];
    const classes = Object.entries(cluster.by_class)
      .sort((a, b) => b[1] - a[1])
      .map(([type, count]) => `${label('event_type', type)} ${count}`)
      .join(', ');
    const size = Math.round(Math.min(60, 22 + 4 * Math.sqrt(cluster.count)));
    const button = el(
      'button',
      {
        type: 'button',
        class: 'map-cluster',
        'data-testid': 'map-cluster',
        'data-count': String(cluster.count),
        'data-class': dominant,
        'aria-label': t('map.cluster.label', { count: cluster.count, classes }),
        title: classes,
      },
      String(cluster.count),
    );
    button.style.width = `${size}px`;
    button.style.height = `${size}px`;
    button.style.background = colorOf(dominant);
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      this.map.easeTo({
        center: [cluster.lon, cluster.lat],
        zoom: Math.min(POINT_ZOOM, Math.floor(this.map.getZoom()) + 2),
        duration: 400,
      });
    });
    return button;
  }

  private clearClusters(): void {
    for (const marker of this.clusterMarkers) marker.remove();
    this.clusterMarkers = [];
  }

  /** The current zoom (whole levels, as the server reads them) and viewport as minLon,minLat,maxLon,maxLat. */
  viewport(): { zoom: number; bbox: string } {
    const bounds = this.map.getBounds();
    const round = (value: number) => Math.round(value * 1000) / 1000;
    const bbox = [
      Math.max(-180, bounds.getWest()),
      Math.max(-90, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(90, bounds.getNorth()),
    ]
      .map(round)
      .join(',');
    return { zoom: Math.floor(this.map.getZoom()), bbox };
  }

  /** The centre of the view as lon,lat to 3 decimals (about 100 m), for tests and links. */
  centre(): string {
    const { lng, lat } = this.map.getCenter();
    return `${lng.toFixed(3)},${lat.toFixed(3)}`;
  }

  /** How many facility dots the map holds. */
  get facilityCount(): number {
    return this.facilities.size;
  }

  destroy(): void {
    this.clearClusters();
    this.hover.remove();
    this.map.remove();
  }

  private bindEvents(): void {
    const map = this.map;
    for (const layer of ['facilities', 'facility-risk', 'facility-posture', 'incidents']) {
      map.on('mouseenter', layer, () => {
        map.getCanvas().style.cursor = 'pointer';
      });
      map.on('mouseleave', layer, () => {
        map.getCanvas().style.cursor = '';
        this.hover.remove();
      });
    }
    for (const layer of ['facilities', 'facility-risk', 'facility-posture']) {
      map.on('mousemove', layer, (event) => {
        const id = event.features?.[0]?.properties?.id as string | undefined;
        const facility = id ? this.facilities.get(id) : undefined;
        if (!facility || this.incidentsAt(event.point).length) return;
        const risk = this.risk.get(facility.id);
        const text =
          risk === undefined
            ? facility.name
            : `${facility.name} · ${t('risk.tooltip', { percent: formatPercent(risk, 1) })}`;
        this.hover
          .setLngLat([facility.lon, facility.lat])
          .setDOMContent(el('span', {}, text))
          .addTo(map);
      });
    }
    map.on('click', (event) => {
      const incidents = this.incidentsAt(event.point);
      if (incidents.length) {
        this.hover.remove();
        new maplibregl.Popup({ maxWidth: '320px', offset: 10 })
          .setLngLat(event.lngLat)
          .setDOMContent(this.incidentPopup(incidents))
          .addTo(map);
        return;
      }
      const facilityId = map.queryRenderedFeatures(event.point, { layers: ['facility-risk', 'facilities'] })[0]
        ?.properties?.id as string | undefined;
      const facility = facilityId ? this.facilities.get(facilityId) : undefined;
      if (!facility) return;
      this.hover.remove();
      new maplibregl.Popup({ maxWidth: '300px', offset: 8 })
        .setLngLat([facility.lon, facility.lat])
        .setDOMContent(
          el(
            'div',
            { class: 'popup' },
            el('strong', {}, facility.name),
            el(
              'div',
              { class: 'popup__meta' },
              `${label('facility_kind', facility.kind)} · ${facility.commune ?? ''}${facility.department ? ` (${facility.department.code})` : ''}`,
            ),
            el('a', { href: href('/incidents', { facility: facility.id }) }, t('nav.incidents')),
          ),
        )
        .addTo(map);
    });
  }

  private incidentsAt(point: maplibregl.PointLike): IncidentFeatureProperties[] {
    const ids = new Set(
      this.map
        .queryRenderedFeatures(point, { layers: ['incidents'] })
        .map((feature) => feature.properties?.id as string),
    );
    return [...ids].map((id) => this.incidents.get(id)).filter((item): item is IncidentFeatureProperties => !!item);
  }

  private incidentPopup(incidents: IncidentFeatureProperties[]): HTMLElement {
    const shown = incidents.slice(0, 5);
    return el(
      'div',
      { class: 'popup' },
      el(
        'ul',
        { class: 'popup__list' },
        ...shown.map((incident) => {
          const timezone =
            (incident.facility_id && this.facilities.get(incident.facility_id)?.timezone) || 'Europe/Paris';
          return el(
            'li',
            {},
            el('span', {
              class: 'dot',
              style: `background:${colorOf(incident.event_types[0])}`,
              'aria-hidden': 'true',
            }),
            el('strong', {}, incident.event_types.map((type) => label('event_type', type)).join(', ')),
            ...protectionBadges(incident),
            el('div', { class: 'popup__meta' }, incident.facility_name ?? incident.commune ?? ''),
            el(
              'div',
              { class: 'popup__meta' },
              occurredLabel({
                start: incident.occurred_start,
                end: incident.occurred_end,
                precision: incident.occurred_precision,
                timezone,
              }),
            ),
            el('a', { href: href(`/incidents/${incident.id}`) }, t('map.popup.open')),
          );
        }),
      ),
      ...(incidents.length > shown.length
        ? [el('p', { class: 'popup__meta' }, `+ ${incidents.length - shown.length}`)]
        : []),
    );
  }
}
