import { queryString, request } from './http.ts';
import type {
  Facility, FeatureCollection, Incident, IncidentFeatureProperties, IncidentFilters,
  IncidentInput, IncidentPage, Page, Reference,
} from './types.ts';

export { ApiError, queryString } from './http.ts';

let referencePromise: Promise<Reference> | undefined;
const geoCache = new Map<string, Promise<FeatureCollection>>();

/** The typed client of the Vigie API, same origin. */
export const api = {
  health: () => request<{ status: string; store: string; version: string }>('GET', '/api/health'),

  /** The vocabularies and the geography; fetched once per page load. */
  reference(): Promise<Reference> {
    referencePromise ??= request<Reference>('GET', '/api/reference').catch((error) => {
      referencePromise = undefined;
      throw error;
    });
    return referencePromise;
  },

  /** Outlines of France: `metropole`, `regions` or `departements`; cached. */
  geo(level: 'metropole' | 'regions' | 'departements'): Promise<FeatureCollection> {
    let promise = geoCache.get(level);
    if (!promise) {
      promise = request<FeatureCollection>('GET', `/api/geo/${level}`);
      promise.catch(() => geoCache.delete(level));
      geoCache.set(level, promise);
    }
    return promise;
  },

  facilities: (query: { q?: string; department?: string; directorate?: string; kind?: string; limit?: number; offset?: number }) =>
    request<Page<Facility>>('GET', `/api/facilities${queryString(query)}`),

  facility: (id: string) => request<Facility>('GET', `/api/facilities/${encodeURIComponent(id)}`),

  /** Every facility, paging through the API if it caps the page size. */
  async allFacilities(): Promise<Facility[]> {
    const all: Facility[] = [];
    for (;;) {
      const page = await api.facilities({ limit: 500, offset: all.length });
      all.push(...page.items);
      if (page.items.length === 0 || all.length >= page.total) return all;
    }
  },

  incidents: (filters: IncidentFilters & { limit?: number; cursor?: string }) =>
    request<IncidentPage>('GET', `/api/incidents${queryString({ ...filters })}`),

  incidentsGeojson: (filters: IncidentFilters) =>
    request<FeatureCollection<IncidentFeatureProperties>>('GET', `/api/incidents/geojson${queryString({ ...filters })}`),

  incident: (id: string) => request<Incident>('GET', `/api/incidents/${encodeURIComponent(id)}`),

  createIncident: (input: IncidentInput) => request<Incident>('POST', '/api/incidents', input),

  patchIncident: (id: string, patch: { version: number } & Partial<IncidentInput>) =>
    request<Incident>('PATCH', `/api/incidents/${encodeURIComponent(id)}`, patch),

  /** The address of an export file with the same filters as the list. */
  exportUrl: (format: 'csv' | 'json' | 'geojson', filters: IncidentFilters) =>
    `/api/incidents/export${queryString({ format, ...filters })}`,
};
