import { queryString, request } from '../../api/http.ts';

export const ESCORT_LEVELS = ['standard', 'reinforced', 'high', 'maximal'] as const;
export type EscortLevel = (typeof ESCORT_LEVELS)[number];
export const levelRank = (level: string | null) => (level ? ESCORT_LEVELS.indexOf(level as EscortLevel) : -1);

export interface Endpoint {
  facility_id: string | null;
  name: string;
  lat: number;
  lon: number;
}
export interface Escort {
  id: string;
  kind: string;
  state: string;
  detainee: { id: string; name?: string; protected?: boolean };
  origin: Endpoint;
  destination: Endpoint;
  waypoints: Array<{ name?: string; lat: number; lon: number }>;
  planned_start: string;
  planned_end: string | null;
  escort_level: EscortLevel;
  risk_score: number | null;
  recommended_level: EscortLevel | null;
  assessed_at: string | null;
  below_recommendation: boolean;
  notes: string | null;
  marking: string;
  version: number;
}
export interface RiskFactor {
  factor: string;
  points: number;
  sentence: string;
  params: Record<string, string | number>;
  records: Array<{ type: string; id: string; label?: string }>;
  hidden_records: number;
}
export interface Assessment {
  id: string;
  assessed_at: string;
  score: number;
  recommended_level: EscortLevel;
  planned_level: string;
  trigger: string;
  factors: RiskFactor[];
}

export interface Source {
  kind: string;
  title?: string;
  reliability: string;
  credibility: number;
}
export interface Fugitive {
  id: string;
  state: 'wanted' | 'recaptured';
  person: { id: string; name?: string; protected?: boolean };
  escaped: { start: string; end: string; precision: string };
  escape_facility_id: string | null;
  escape_place: string | null;
  circumstances: string | null;
  recapture: { at: string; place: string; source: Source } | null;
  marking: string;
  version: number;
}
export interface Sighting {
  id: string;
  seen: { start: string; end: string; precision: string };
  place: { name: string; lat: number | null; lon: number | null; radius_km: number | null };
  grade: string;
  source: Source;
  note: string | null;
}
export interface FugitiveDetail extends Fugitive {
  escape_incident: { id: string; label: string } | null;
  sightings: Sighting[];
  history: Array<{ at: string; actor: string; action: string; details: Record<string, unknown> }>;
  links: Array<{
    kind: string;
    direction: string;
    confidence: number;
    actor: { id: string; name: string; kind: string };
  }>;
  hidden_links: number;
}
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

const id = (value: string) => encodeURIComponent(value);

/** Escorts and their risk assessments. */
export const escortsApi = {
  list: (query: { state?: string; limit?: number; offset?: number }) =>
    request<Page<Escort>>('GET', `/api/escorts${queryString(query)}`),
  get: (escort: string) => request<Escort & { assessment: Assessment | null }>('GET', `/api/escorts/${id(escort)}`),
  assessments: (escort: string) =>
    request<{ items: Assessment[] }>('GET', `/api/escorts/${id(escort)}/assessments?limit=50`),
  assess: (escort: string) => request<Assessment>('POST', `/api/escorts/${id(escort)}/assess`),
  update: (escort: string, body: { version: number; escort_level?: string; state?: string }) =>
    request<Escort>('PATCH', `/api/escorts/${id(escort)}`, body),
};

/** The wanted list. */
export const fugitivesApi = {
  list: (query: { state?: string; limit?: number; offset?: number }) =>
    request<Page<Fugitive>>('GET', `/api/fugitives${queryString(query)}`),
  get: (fugitive: string) => request<FugitiveDetail>('GET', `/api/fugitives/${id(fugitive)}`),
  sighting: (fugitive: string, body: unknown) =>
    request<Sighting>('POST', `/api/fugitives/${id(fugitive)}/sightings`, body),
  recapture: (fugitive: string, body: unknown) =>
    request<Fugitive>('POST', `/api/fugitives/${id(fugitive)}/recapture`, body),
};
