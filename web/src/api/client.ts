import { t } from '../i18n/i18n.ts';
import type {
  ErrorDetail, Facility, FeatureCollection, Incident, IncidentFeatureProperties, IncidentFilters,
  IncidentInput, IncidentPage, Page, Reference,
} from './types.ts';

/** An error answered by the API (or the network), carrying the server's message and field details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | undefined | null>;

/** Builds `?a=1&b=2`, leaving out empty values. */
export function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

// The API may give a path as "a.b.0" or as ["a","b",0]; the form matches on the dotted form.
function normalizePath(path: unknown): string {
  if (Array.isArray(path)) return path.join('.');
  return String(path ?? '').replace(/^\//, '').replace(/\//g, '.');
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', t('error.network'));
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  const error = (payload as { error?: { code?: string; message?: string; details?: Array<{ path: unknown; message: string }> } } | undefined)?.error;
  throw new ApiError(
    response.status,
    error?.code ?? 'http_' + response.status,
    error?.message ?? t('error.unexpected', { status: response.status }),
    (error?.details ?? []).map((detail) => ({ path: normalizePath(detail.path), message: detail.message })),
  );
}

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
