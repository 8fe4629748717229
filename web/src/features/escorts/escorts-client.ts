import { client, dataOf } from '../../api/http.ts';
import type { BodyOf, QueryOf, Schemas } from '../../api/schema.ts';

export const ESCORT_LEVELS = [
  'standard',
  'reinforced',
  'high',
  'maximal',
] as const satisfies readonly Schemas['Escort']['escort_level'][];
export type EscortLevel = (typeof ESCORT_LEVELS)[number];
export const levelRank = (level: string | null) => (level ? ESCORT_LEVELS.indexOf(level as EscortLevel) : -1);

/** The shapes of escorts and fugitives: the generated components of the API document (`npm run gen:api`). */
export type Escort = Schemas['Escort'];
export type Assessment = Schemas['EscortAssessment'];
export type RiskFactor = Assessment['factors'][number];
export type Fugitive = Schemas['Fugitive'];
export type FugitiveDetail = Schemas['FugitiveDetail'];
export type Sighting = Schemas['FugitiveSighting'];

/** The name of a detainee or fugitive, or undefined when the reader may not see who it is (`protected`). */
export const personName = (person: Escort['detainee'] | Fugitive['person']) =>
  'name' in person ? person.name : undefined;

const path = (id: string) => ({ params: { path: { id } } });

/** Escorts and their risk assessments. */
export const escortsApi = {
  list: (query: QueryOf<'/api/escorts', 'get'>) => dataOf(client.GET('/api/escorts', { params: { query } })),
  get: (escort: string) => dataOf(client.GET('/api/escorts/{id}', path(escort))),
  assessments: (escort: string) =>
    dataOf(client.GET('/api/escorts/{id}/assessments', { params: { path: { id: escort }, query: { limit: 50 } } })),
  assess: (escort: string) => dataOf(client.POST('/api/escorts/{id}/assess', path(escort))),
  update: (escort: string, body: BodyOf<'/api/escorts/{id}', 'patch'>) =>
    dataOf(client.PATCH('/api/escorts/{id}', { ...path(escort), body })),
};

/** The wanted list. */
export const fugitivesApi = {
  list: (query: QueryOf<'/api/fugitives', 'get'>) => dataOf(client.GET('/api/fugitives', { params: { query } })),
  get: (fugitive: string) => dataOf(client.GET('/api/fugitives/{id}', path(fugitive))),
  sighting: (fugitive: string, body: BodyOf<'/api/fugitives/{id}/sightings', 'post'>) =>
    dataOf(client.POST('/api/fugitives/{id}/sightings', { ...path(fugitive), body })),
  recapture: (fugitive: string, body: BodyOf<'/api/fugitives/{id}/recapture', 'post'>) =>
    dataOf(client.POST('/api/fugitives/{id}/recapture', { ...path(fugitive), body })),
};
