/**
 * The public shapes of the Vigie HTTP API, as the web app reads them: aliases of the types generated from the
 * API's OpenAPI document (`openapi.d.ts`, `npm run gen:api`), and the closed vocabularies the forms offer.
 */
import type { AnswerOf, QueryOf, Schemas } from './schema.ts';

export type Reference = Schemas['Reference'];
export type Named = Reference['directorates'][number];

export type Facility = Schemas['Facility'];

export type Incident = Schemas['Incident'];
export type Signature = Incident['signatures'][number];
export type Source = Incident['sources'][number];
export type Occurred = Incident['occurred'];

/** Traffic Light Protocol 2.0 markings, from the widest audience to the narrowest. */
export const MARKINGS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const satisfies readonly NonNullable<
  Schemas['IncidentInput']['marking']
>[];
export type Marking = (typeof MARKINGS)[number];

/** Who was targeted: sealed at rest, readable by holders of the STAFF compartment only. */
export type StaffDetails = Schemas['StaffDetails'];

export type IncidentPage = AnswerOf<'/api/incidents', 'get'>;
export type FacilityPage = AnswerOf<'/api/facilities', 'get'>;

export type IncidentFeature = Schemas['IncidentFeature'];
export type IncidentFeatureProperties = IncidentFeature['properties'];
export type IncidentGeojson = AnswerOf<'/api/incidents/geojson', 'get'>;
/** The outlines of France (`/api/geo/{name}`). */
export type Outlines = AnswerOf<'/api/geo/{name}', 'get'>;

/** Filters of incident searches; every one maps to a query parameter of the same name. */
export type IncidentFilters = Pick<
  QueryOf<'/api/incidents', 'get'>,
  | 'from'
  | 'to'
  | 'facility'
  | 'department'
  | 'directorate'
  | 'event_type'
  | 'target_kind'
  | 'signature'
  | 'status'
  | 'bbox'
  | 'ids'
>;

/** The orders of the incident list the page offers (a leading `-` sorts descending). */
export const INCIDENT_SORTS = [
  '-occurred',
  'occurred',
  '-recorded',
  'recorded',
  'status',
  '-status',
] as const satisfies readonly NonNullable<QueryOf<'/api/incidents', 'get'>['sort']>[];
export type IncidentSort = (typeof INCIDENT_SORTS)[number];

/** One change of an incident: its fields before and after, who, when and why. */
export type IncidentChange = Schemas['IncidentChange'];

/** What a bulk change did to one incident. */
export type BulkOutcome = AnswerOf<'/api/incidents/bulk/status', 'post'>['results'][number];

/** The interchange format of POST /api/incidents. */
export type IncidentInput = Schemas['IncidentInput'];
export type IncidentPatch = Schemas['IncidentPatch'];

/**
 * One field's problem, as the API's `Error` envelope gives it and `ApiError` keeps it (the path dotted);
 * `code` and `params`, when sent, let the app word it in the reader's language; `row` is an imported file's.
 */
export type ErrorDetail = Schemas['Error']['error']['details'][number];

export const ROLES = [
  'reporter',
  'analyst',
  'supervisor',
  'investigator',
  'admin',
] as const satisfies readonly Schemas['User']['role'][];
export type Role = (typeof ROLES)[number];

/** An account as the API shows it (never its password). */
export type User = Schemas['User'];

/** The signed-in user and the token to send with every change. */
export type Session = Schemas['Session'];

export const ORGANISATION_KINDS = [
  'facility',
  'directorate',
  'national_service',
  'external_agency',
  'other',
] as const satisfies readonly Schemas['NewOrganisation']['kind'][];
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** An organisation and the ones it shares its AMBER records with. */
export type Organisation = Schemas['Organisation'];

export type NewUser = Schemas['NewUser'];
export type UserChange = Schemas['UserChange'];

/** An account with the password generated for it, given once. */
export type UserWithPassword = AnswerOf<'/api/users', 'post'>;

/** An API token as listed: its prefix, never its secret. */
export type ApiToken = Schemas['ApiToken'];
export type CompartmentGrant = Schemas['CompartmentGrant'];

/** One event of the audit trail, chained to the previous one by its hash. */
export type AuditEvent = Schemas['AuditEvent'];
export type ChainCheck = Schemas['AuditChainCheck'];
