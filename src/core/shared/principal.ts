/**
 * Who is asking, as every layer sees it: roles, markings, compartments, the principal and its read
 * scope. Part of the kernel (core/shared) that the store, the analysis and every domain may import;
 * the rules that decide with these types live in core/access.
 */

export const ROLES = ['reporter', 'analyst', 'supervisor', 'investigator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Traffic Light Protocol 2.0, from the widest to the narrowest audience. */
export const MARKINGS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export type Marking = (typeof MARKINGS)[number];

/**
 * A stored marking read back as the type it is: the store's columns are text with a CHECK on these five,
 * so anything else is a broken store, said at once rather than sent on to a client.
 */
export function asMarking(value: string): Marking {
  if ((MARKINGS as readonly string[]).includes(value)) return value as Marking;
  throw new Error(`a stored marking is not one of ${MARKINGS.join(', ')}: ${JSON.stringify(value)}`);
}

export const COMPARTMENTS = ['STAFF'] as const;
export type Compartment = (typeof COMPARTMENTS)[number];

/** The authenticated caller. `sharedFrom` lists the organisations that share their AMBER records with the caller's. */
export interface Principal {
  /** the command line and loaders acting for the operator who runs them: reads and writes everything */
  system?: boolean;
  userId: string;
  username: string;
  role: Role;
  organisationId: string;
  compartments: string[];
  sharedFrom: string[];
}

/** The access-relevant fields of a record, which `authorize` (core/access) decides on. */
export interface Protected {
  owner_org_id: string;
  marking: string;
  compartments: string[];
  created_by: string | null;
}

/**
 * What a principal may read, as data a repository turns into SQL. It encodes `canRead` exactly;
 * the access matrix test checks every list against `authorize` record by record.
 */
export interface ReadScope {
  /** no restriction (the system principal) */
  all?: boolean;
  organisationId: string;
  userId: string;
  compartments: string[];
  /** owners whose AMBER records are readable (own organisation included) */
  amberOwners: string[];
  /** RED records of the own organisation: all of them, or only the principal's own */
  redOfOrganisation: boolean;
}

/**
 * The import jobs a principal sees, as data (`importJobScope` in core/access, the twin of its
 * `manage-import-job` action): every job, or the jobs it queued and, when `organisationId` is set,
 * every job of that organisation.
 */
export type ImportJobScope = { all: true } | { all: false; createdBy: string; organisationId?: string };

/** The organisation that owns what was recorded before accounts existed, and what the CLI records. */
export const DEFAULT_ORGANISATION_ID = '00000000-0000-4000-8000-000000000001';

/** The principal of the command line: the operator who can open the store can read it all anyway. */
export const SYSTEM_PRINCIPAL: Principal = {
  system: true,
  userId: '00000000-0000-4000-8000-000000000000',
  username: 'cli',
  role: 'admin',
  organisationId: DEFAULT_ORGANISATION_ID,
  compartments: [...COMPARTMENTS],
  sharedFrom: [],
};
