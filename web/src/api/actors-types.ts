/** The actor graph as the API answers it (src/api/presenters/actor.presenter.ts). */
import type { Schemas } from './schema.ts';
export const ACTOR_KINDS = [
  'person',
  'organisation',
  'vehicle',
  'vessel',
  'phone',
  'online_account',
  'place',
  'facility',
  'weapon',
] as const satisfies readonly Schemas['ActorRef']['kind'][];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export const RELATIONSHIP_KINDS = [
  'member_of',
  'leads',
  'uses',
  'owns',
  'seen_at',
  'held_at',
  'linked_to',
] as const satisfies readonly Schemas['Relationship']['kind'][];
export const PLACEMENTS = ['ordinary', 'isolation', 'high_security'] as const satisfies readonly NonNullable<
  Schemas['DetaineeProfileInput']['placement']
>[];
export type Placement = (typeof PLACEMENTS)[number];
export const RISK_FACTORS = [
  'organised_crime_leadership',
  'escape_history',
  'outside_communications',
  'violence',
] as const satisfies readonly (keyof Schemas['DetaineeProfileInput'])[];
export type RiskFactor = (typeof RISK_FACTORS)[number];

/** The shapes below are the API's, generated from its OpenAPI document (openapi.d.ts, `npm run gen:api`). */
export type ActorRef = Schemas['ActorRef'];
export type Actor = Schemas['Actor'];
export type GradedSource = Schemas['Relationship']['sources'][number];
export type Relationship = Schemas['Relationship'];
export type DetaineeProfile = NonNullable<Schemas['DetaineeProfile']>;
export type ActorDetail = Schemas['ActorDetail'];
export type Subgraph = Pick<Schemas['Neighbourhood'], 'nodes' | 'relationships'>;
export type Neighbourhood = Schemas['Neighbourhood'];
export type Paths = Schemas['Paths'];
export type Detainee = Schemas['Detainee'];
