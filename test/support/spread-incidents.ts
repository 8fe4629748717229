/**
 * Incidents as the repository stores them, spread over facilities, classes, markings, owners,
 * compartments and days, and the kinds of readers who each see a different share of them: for tests
 * that check an answer against another way of computing it, for every reader.
 */
import { randomUUID } from 'node:crypto';
import { readScope } from '../../src/core/access/access.ts';
import type { Principal, ReadScope } from '../../src/core/shared/principal.ts';
import type { IncidentToStore } from '../../src/store/incident.repository.ts';
import { loadReferenceData } from '../../src/store/reference-data.ts';

const MARKINGS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];
const CLASSES = ['gunfire', 'threat', 'drone_drop', 'arson'];
export const SPREAD_START = Date.UTC(2025, 0, 1);
export const DAY = 86_400_000;
/** The facilities the incidents are spread over. */
export const SPREAD_FACILITIES = loadReferenceData().facilities.slice(0, 12);

/** Two organisations and an author of some of A's records. */
export interface SpreadOwners {
  orgA: string;
  orgB: string;
  author: string;
}

let serial = 0;

/** Incident `i` of the spread (a third owned by B, a fifth by the author, an eleventh in STAFF...). */
export function spreadIncident(
  owners: SpreadOwners,
  i: number,
  overrides: Partial<IncidentToStore> = {},
): IncidentToStore {
  serial += 1;
  const facility = SPREAD_FACILITIES[i % SPREAD_FACILITIES.length];
  const start = new Date(SPREAD_START + (i % 300) * DAY);
  return {
    id: randomUUID(),
    owner_org_id: i % 3 === 0 ? owners.orgB : owners.orgA,
    created_by: i % 5 === 0 ? owners.author : null,
    external_id: `spread-${process.pid}-${serial}`,
    occurred_start: start,
    occurred_end: new Date(start.getTime() + 3_600_000),
    occurred_precision: 'exact',
    timezone: 'Europe/Paris',
    reported_at: null,
    facility_id: facility.id,
    lat: facility.lat,
    lon: facility.lon,
    place_precision: 'site',
    commune: null,
    department_code: facility.department_code ?? null,
    directorate_code: facility.directorate_code ?? null,
    country: 'FR',
    spot: null,
    event_types: [CLASSES[i % CLASSES.length]],
    target_kinds: [i % 2 ? 'facility' : 'staff_person'],
    weapons: [],
    signatures: [],
    signature_keys: i % 4 === 0 ? ['ddpf'] : [],
    killed: 0,
    injured: 0,
    damage: null,
    description: null,
    status: i % 7 === 0 ? 'verified' : 'reported',
    sources: [],
    marking: MARKINGS[i % MARKINGS.length],
    compartments: i % 11 === 0 ? ['STAFF'] : [],
    staff_sealed: null,
    ...overrides,
  };
}

/** A principal of an organisation, with a role and compartments. */
export function spreadPrincipal(
  organisationId: string,
  role: Principal['role'],
  compartments: string[] = [],
  userId: string = randomUUID(),
): Principal {
  return { userId, username: `spread-${role}`, role, organisationId, compartments, sharedFrom: [] };
}

/** Every kind of reader: each sees a different set of the spread's records. */
export function spreadReaders(owners: SpreadOwners): Array<[string, ReadScope]> {
  return [
    ['an analyst of A', readScope(spreadPrincipal(owners.orgA, 'analyst'))],
    [
      'the author, an analyst of A who sees only their own RED',
      readScope(spreadPrincipal(owners.orgA, 'analyst', [], owners.author)),
    ],
    ['a supervisor of A', readScope(spreadPrincipal(owners.orgA, 'supervisor'))],
    ['a supervisor of A holding STAFF', readScope(spreadPrincipal(owners.orgA, 'supervisor', ['STAFF']))],
    ['an analyst of B', readScope(spreadPrincipal(owners.orgB, 'analyst'))],
    ['everything', { ...readScope(spreadPrincipal(owners.orgA, 'analyst')), all: true }],
  ];
}
