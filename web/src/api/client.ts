import { client, dataOf, queryString } from './http.ts';
import type { BodyOf, QueryOf } from './schema.ts';
import type {
  Facility,
  IncidentFilters,
  IncidentInput,
  IncidentPatch,
  IncidentSort,
  Outlines,
  Reference,
} from './types.ts';

export { ApiError, queryString } from './http.ts';

let referencePromise: Promise<Reference> | undefined;
const geoCache = new Map<string, Promise<Outlines>>();

/** The Vigie API, same origin, through the typed client (paths, parameters and answers from openapi.d.ts). */
let everyFacility: Promise<Facility[]> | undefined;

/** Every facility, paging through the API if it caps the page size. */
async function loadAllFacilities(): Promise<Facility[]> {
  const all: Facility[] = [];
  for (;;) {
    const page = await api.facilities({ limit: 500, offset: all.length });
    all.push(...page.items);
    if (page.items.length === 0 || all.length >= page.total) return all;
  }
}

export const api = {
  health: () => dataOf(client.GET('/api/health')),

  /** The vocabularies and the geography; fetched once per page load. */
  reference(): Promise<Reference> {
    referencePromise ??= dataOf(client.GET('/api/reference')).catch((error) => {
      referencePromise = undefined;
      throw error;
    });
    return referencePromise;
  },

  /** Outlines of France: `metropole`, `regions` or `departements`; cached. */
  geo(level: 'metropole' | 'regions' | 'departements'): Promise<Outlines> {
    let promise = geoCache.get(level);
    if (!promise) {
      promise = dataOf(client.GET('/api/geo/{name}', { params: { path: { name: level } } }));
      promise.catch(() => geoCache.delete(level));
      geoCache.set(level, promise);
    }
    return promise;
  },

  facilities: (query: QueryOf<'/api/facilities', 'get'>) =>
    dataOf(client.GET('/api/facilities', { params: { query } })),

  facility: (id: string) => dataOf(client.GET('/api/facilities/{id}', { params: { path: { id } } })),

  /**
   * Every facility (reference data: loaded once per page load and shared by the map and the pages that
   * name facilities; a failed load is tried again by the next caller).
   */
  allFacilities(): Promise<Facility[]> {
    everyFacility ??= loadAllFacilities().catch((error: unknown) => {
      everyFacility = undefined;
      throw error;
    });
    return everyFacility;
  },

  incidents: (filters: IncidentFilters & { limit?: number; cursor?: string; sort?: IncidentSort }) =>
    dataOf(client.GET('/api/incidents', { params: { query: filters } })),

  incidentsGeojson: (filters: IncidentFilters) =>
    dataOf(client.GET('/api/incidents/geojson', { params: { query: filters } })),

  incident: (id: string) => dataOf(client.GET('/api/incidents/{id}', { params: { path: { id } } })),

  createIncident: (input: IncidentInput) => dataOf(client.POST('/api/incidents', { body: input })),

  /** A change at the version read; `reason` is kept in the history (required to refute or merge). */
  patchIncident: (id: string, patch: IncidentPatch) =>
    dataOf(client.PATCH('/api/incidents/{id}', { params: { path: { id } }, body: patch })),

  incidentHistory: (id: string) => dataOf(client.GET('/api/incidents/{id}/history', { params: { path: { id } } })),

  /** One status on several incidents, each at its version read; one outcome per incident. */
  bulkIncidentStatus: (body: BodyOf<'/api/incidents/bulk/status', 'post'>) =>
    dataOf(client.POST('/api/incidents/bulk/status', { body })),

  /** Public: whether the install still needs its first account. */
  setupState: () => dataOf(client.GET('/api/auth/setup')),

  /** The address of an export file with the same filters as the list. */
  exportUrl: (format: 'csv' | 'json' | 'geojson', filters: IncidentFilters) =>
    `/api/incidents/export${queryString({ format, ...filters })}`,
};
