import { queryString, request } from './http.ts';
import type {
  BulkOutcome,
  Facility,
  FeatureCollection,
  Incident,
  IncidentChange,
  IncidentFeatureProperties,
  IncidentFilters,
  IncidentInput,
  IncidentPage,
  IncidentSort,
  Page,
  Reference,
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

  facilities: (query: {
    q?: string;
    department?: string;
    directorate?: string;
    kind?: string;
    limit?: number;
    offset?: number;
  }) => request<Page<Facility>>('GET', `/api/facilities${queryString(query)}`),

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

  incidents: (filters: IncidentFilters & { limit?: number; cursor?: string; sort?: IncidentSort }) =>
    request<IncidentPage>('GET', `/api/incidents${queryString({ ...filters })}`),

  incidentsGeojson: (filters: IncidentFilters) =>
    request<FeatureCollection<IncidentFeatureProperties>>(
      'GET',
      `/api/incidents/geojson${queryString({ ...filters })}`,
    ),

  incident: (id: string) => request<Incident>('GET', `/api/incidents/${encodeURIComponent(id)}`),

  createIncident: (input: IncidentInput) => request<Incident>('POST', '/api/incidents', input),

  /** A change at the version read; `reason` is kept in the history (required to refute or merge). */
  patchIncident: (
    id: string,
    patch: { version: number; reason?: string; duplicate_of?: string } & Partial<IncidentInput>,
  ) => request<Incident>('PATCH', `/api/incidents/${encodeURIComponent(id)}`, patch),

  incidentHistory: (id: string) =>
    request<{ items: IncidentChange[] }>('GET', `/api/incidents/${encodeURIComponent(id)}/history`),

  /** One status on several incidents, each at its version read; one outcome per incident. */
  bulkIncidentStatus: (body: { items: Array<{ id: string; version: number }>; status: string; reason?: string }) =>
    request<{ results: BulkOutcome[] }>('POST', '/api/incidents/bulk/status', body),

  /** Public: whether the install still needs its first account. */
  setupState: () => request<{ setup_needed: boolean }>('GET', '/api/auth/setup'),

  /** The address of an export file with the same filters as the list. */
  exportUrl: (format: 'csv' | 'json' | 'geojson', filters: IncidentFilters) =>
    `/api/incidents/export${queryString({ format, ...filters })}`,
};
