/** The public shapes of the Vigie HTTP API, as the web app reads them. */

export interface Named {
  code: string;
  name: string;
}

export interface Reference {
  event_types: string[];
  target_kinds: string[];
  /** where on or near a site: gate, perimeter, staff_car_park... */
  site_spots: string[];
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
  department: Named | null;
  directorate: Named | null;
  lat: number;
  lon: number;
  coord_precision: string;
  timezone: string;
}

export interface Signature {
  kind: string;
  text: string;
  normalized: string;
}

export interface Source {
  kind: string;
  title?: string | null;
  url?: string | null;
  published_at?: string | null;
  reliability: string;
  credibility: number;
  /** who published it ("Le Monde") */
  outlet?: string | null;
  /** where the grade came from: the source itself, the source register, or the analyst */
  graded_by?: 'source' | 'register' | 'analyst';
  /** the credibility of this report alone, when other outlets corroborated it */
  reported_credibility?: number;
  corroborating_outlets?: number;
  /** the stored article and the review candidate whose evidence shows where it says so */
  article_id?: string;
  candidate_id?: string;
}

export interface Occurred {
  start: string;
  end: string;
  precision: string;
  timezone: string;
}

export interface Incident {
  id: string;
  external_id: string | null;
  version: number;
  occurred: Occurred;
  reported_at: string | null;
  facility: { id: string; name: string; kind: string } | null;
  place: {
    lat: number;
    lon: number;
    precision: string;
    commune: string | null;
    department: Named | null;
    directorate: Named | null;
    country: string;
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
  marking: Marking;
  compartments: string[];
  owner_org_id: string;
  /** where on or near the site (gate, staff_car_park...) */
  spot: string | null;
  /** the incident this duplicate was merged into */
  duplicate_of: string | null;
  /** null: none recorded; `{ protected: true }`: recorded, but the reader lacks the STAFF compartment. */
  staff: StaffDetails | { protected: true } | null;
  created_at: string;
  updated_at: string;
}

/** Traffic Light Protocol 2.0 markings, from the widest audience to the narrowest. */
export const MARKINGS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export type Marking = (typeof MARKINGS)[number];

/** Who was targeted: sealed at rest, readable by holders of the STAFF compartment only. */
export interface StaffDetails {
  name?: string;
  role?: string;
  home_address?: string;
  phone?: string;
  notes?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}
export interface IncidentPage extends Page<Incident> {
  next_cursor: string | null;
  total_capped?: boolean;
}

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
  /** Not sent by every server version: the popup shows the marking when it is there. */
  marking?: Marking;
  compartments?: string[];
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
  /** a selection of incident ids, comma-separated (exports) */
  ids?: string;
}

/** The orders of the incident list (a leading `-` sorts descending). */
export const INCIDENT_SORTS = ['-occurred', 'occurred', '-recorded', 'recorded', 'status', '-status'] as const;
export type IncidentSort = (typeof INCIDENT_SORTS)[number];

/** One change of an incident: its fields before and after, who, when and why. */
export interface IncidentChange {
  version: number;
  actor: string;
  changed_at: string;
  reason: string | null;
  changes: Array<{ field: string; before: unknown; after: unknown }>;
}

/** What a bulk change did to one incident. */
export interface BulkOutcome {
  id: string;
  outcome: 'updated' | 'unchanged' | 'refused';
  version?: number;
  code?: string;
  message?: string;
}

/** The interchange format of POST /api/incidents (a subset the form writes). */
export interface IncidentInput {
  occurred:
    | { night_of: string }
    | { date: string }
    | { at: string }
    | { start: string; end?: string; precision?: string };
  facility?: string;
  place?: { lat: number; lon: number; precision: string; commune?: string; department?: string };
  spot?: string | null;
  event_types: string[];
  target_kinds?: string[];
  weapons?: string[];
  signatures?: Array<{ kind: string; text: string }>;
  casualties?: { killed: number; injured: number };
  damage?: string;
  description?: string;
  status?: string;
  sources?: Array<{
    kind: string;
    title?: string;
    url?: string;
    published_at?: string;
    reliability: string;
    credibility: number;
  }>;
  marking?: Marking;
  compartments?: string[];
  staff?: StaffDetails;
}

/** One field's problem; `code` and `params`, when sent, let the app word it in the reader's language. */
export interface ErrorDetail {
  path: string;
  message: string;
  code?: string;
  params?: Record<string, unknown>;
}

export const ROLES = ['reporter', 'analyst', 'supervisor', 'investigator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** An account as the API shows it (never its password). */
export interface User {
  id: string;
  username: string;
  display_name: string | null;
  role: Role;
  organisation: { id: string; name: string };
  compartments: string[];
  disabled: boolean;
  locked_until: string | null;
  last_login_at: string | null;
  created_at: string;
}

/** The signed-in user and the token to send with every change. */
export interface Session {
  user: User;
  csrf_token: string | null;
}

export const ORGANISATION_KINDS = ['facility', 'directorate', 'national_service', 'external_agency', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** An organisation and the ones it shares its AMBER records with. */
export interface Organisation {
  id: string;
  name: string;
  kind: string;
  shares_with: string[];
}

export interface NewUser {
  username: string;
  display_name?: string;
  role: Role;
  organisation: string;
  compartments?: string[];
  password?: string;
}

export interface UserChange {
  display_name?: string;
  role?: Role;
  organisation?: string;
  compartments?: string[];
  disabled?: boolean;
  unlock?: true;
  reset_password?: true;
}

/** An account with the password generated for it, given once. */
export interface UserWithPassword {
  user: User;
  password?: string;
}

/** An API token as listed: its prefix, never its secret. */
export interface ApiToken {
  id: string;
  user_id: string;
  name: string;
  prefix: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

/** One event of the audit trail, chained to the previous one by its hash. */
export interface AuditEvent {
  seq: number;
  at: string;
  actor: string | null;
  actor_id: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  details: unknown;
  address: string | null;
  hash: string;
  prev_hash: string;
}

export type ChainCheck =
  | { ok: true; count: number; lastHash: string }
  | { ok: false; count: number; brokenAt: number; reason: string };
