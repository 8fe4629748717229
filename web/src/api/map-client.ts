import { queryString, request } from './http.ts';
import type { IncidentFeatureProperties, IncidentFilters } from './types.ts';
import type { Feature } from 'geojson';

/** One cell of the national map: where its incidents are, how many, and how many of each class. */
export interface MapCluster {
  lon: number;
  lat: number;
  count: number;
  by_class: Record<string, number>;
}

/** GET /api/incidents/map: clusters below zoom 9, points of the viewport from zoom 9. */
export type MapView =
  | { kind: 'clusters'; zoom: number; clusters: MapCluster[]; total: number }
  | {
      kind: 'points';
      zoom: number;
      features: Array<Feature & { properties: IncidentFeatureProperties }>;
      sampled: boolean;
    };

export const mapApi = {
  /** The map at a zoom level over a viewport (minLon,minLat,maxLon,maxLat), with the list's filters. */
  view: (filters: IncidentFilters & { zoom: number; bbox?: string }) =>
    request<MapView>('GET', `/api/incidents/map${queryString({ ...filters, zoom: String(filters.zoom) })}`),
};
