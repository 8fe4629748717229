import { client, dataOf } from './http.ts';
import type { AnswerOf } from './schema.ts';
import type { IncidentFilters } from './types.ts';

/** GET /api/incidents/map: clusters below zoom 9, points of the viewport from zoom 9. */
export type MapView = AnswerOf<'/api/incidents/map', 'get'>;
/** One cell of the national map: where its incidents are, how many, and how many of each class. */
export type MapCluster = Extract<MapView, { kind: 'clusters' }>['clusters'][number];

export const mapApi = {
  /** The map at a zoom level over a viewport (minLon,minLat,maxLon,maxLat), with the list's filters. */
  view: (filters: IncidentFilters & { zoom: number; bbox?: string }) =>
    dataOf(client.GET('/api/incidents/map', { params: { query: filters } })),
};
