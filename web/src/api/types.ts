/** The public shapes of the Vigie HTTP API, as the web app reads them. */

export interface Named { code: string; name: string }

export interface Reference {
  event_types: string[];
  target_kinds: string[];
  signature_kinds: string[];
  statuses: string[];
  time_precisions: string[];
  place_precisions: string[];
  source_kinds: string[];
  reliability_grades: string[];
  drugs: string[];
  directorates: Named[];
  departments: Array<Named & { directorate_code: string | null }>;
}

export interface Facility {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  commune: string | null;
  department: Named;
  directorate: Named | null;
  lat: number;
  lon: number;
  coord_precision: string;
  timezone: string;
}

export interface Signature { kind: string; text: string; normalized: string }

export interface Source {
  kind: string;
  title?: string | null;
  url?: string | null;
  published_at?: string | null;
  reliability: string;
  credibility: number;
}

export interface Occurred { start: string; end: string; precision: string; timezone: string }

export interface Incident {
  id: string;
  external_id: string | null;
  version: number;
  occurred: Occurred;
  reported_at: string | null;
  facility: { id: string; name: string; kind: string } | null;
  place: {
    lat: number; lon: number; precision: string; commune: string | null;
    department: Named | null; directorate: Named | null; country: string;
  };
  event_types: string[];
  target_kinds: string[];
  weapons: string[];
  signatures: Signature[];
  casualties: { killed: number; injured: number };
  damage: string | null;
  description: string | null;
  status: string;
  sources: Source[];
  created_at: string;
  updated_at: string;
}

export interface Page<T> { items: T[]; total: number }
export interface IncidentPage extends Page<Incident> { next_cursor: string | null }

export interface IncidentFeatureProperties {
  id: string;
  event_types: string[];
  target_kinds: string[];
  status: string;
  occurred_start: string;
  occurred_end: string;
  occurred_precision: string;
  facility_id: string | null;
  facility_name: string | null;
  commune?: string | null;
  description?: string | null;
  signatures: string[];
}

export interface PointFeature<P> {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: P;
}
export interface FeatureCollection<P = Record<string, unknown>> {
  type: 'FeatureCollection';
  features: Array<PointFeature<P> | { type: 'Feature'; geometry: unknown; properties: P }>;
}

/** Filters of incident searches; every one maps to a query parameter of the same name. */
export interface IncidentFilters {
  from?: string;
  to?: string;
  facility?: string;
  department?: string;
  directorate?: string;
  event_type?: string;
  target_kind?: string;
  signature?: string;
  status?: string;
  bbox?: string;
}

/** The interchange format of POST /api/incidents (a subset the form writes). */
export interface IncidentInput {
  occurred:
    | { night_of: string } | { date: string } | { at: string }
    | { start: string; end?: string; precision?: string };
  facility?: string;
  place?: { lat: number; lon: number; precision: string; commune?: string; department?: string };
  event_types: string[];
  target_kinds?: string[];
  weapons?: string[];
  signatures?: Array<{ kind: string; text: string }>;
  casualties?: { killed: number; injured: number };
  damage?: string;
  description?: string;
  status?: string;
  sources?: Array<{ kind: string; title?: string; url?: string; published_at?: string; reliability: string; credibility: number }>;
}

export interface ErrorDetail { path: string; message: string }
