/** The actor graph as the API answers it (src/api/presenters/actor.presenter.ts). */
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
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export const RELATIONSHIP_KINDS = ['member_of', 'leads', 'uses', 'owns', 'seen_at', 'held_at', 'linked_to'] as const;
export const PLACEMENTS = ['ordinary', 'isolation', 'high_security'] as const;
export const RISK_FACTORS = [
  'organised_crime_leadership',
  'escape_history',
  'outside_communications',
  'violence',
] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];

export interface ActorRef {
  id: string;
  kind: ActorKind;
  subkind: string | null;
  name: string;
  depth?: number;
}

export interface Actor extends ActorRef {
  aliases: string[];
  description: string | null;
  attributes: Record<string, string | number | boolean | null>;
  facility: { id: string; name: string } | null;
  marking: string;
  compartments: string[];
  version: number;
  created_at: string;
  updated_at: string;
}

export interface GradedSource {
  kind: string;
  title?: string;
  url?: string;
  reliability: string;
  credibility: number;
}

export interface Relationship {
  id: string;
  source_id: string;
  target_id: string;
  kind: string;
  confidence: number;
  sources: GradedSource[];
  valid_from: string | null;
  valid_until: string | null;
  description: string | null;
  marking: string;
}

export interface DetaineeProfile extends Record<RiskFactor, number> {
  facility: { id: string; name: string } | null;
  placement: string;
  score: number;
  reasons: string[];
  notes: string | null;
  marking: string;
  version: number;
  assessed_at: string;
}

export interface ActorDetail extends Actor {
  relationships: Array<Relationship & { direction: 'in' | 'out'; other: ActorRef }>;
  incidents: Array<{
    role: string;
    incident: {
      id: string;
      occurred_start: string;
      facility: { id: string; name: string } | null;
      event_types: string[];
      signatures: string[];
    };
  }>;
  detainee_profile: DetaineeProfile | null;
}

export interface Subgraph {
  nodes: ActorRef[];
  relationships: Relationship[];
}
export interface Neighbourhood extends Subgraph {
  start: ActorRef;
  depth: number;
  capped: string[];
}
export interface Paths {
  from: ActorRef;
  to: ActorRef;
  note: string | null;
  paths: Array<{ actors: ActorRef[]; relationships: Relationship[] }>;
}
export interface Detainee extends DetaineeProfile {
  person: ActorRef;
}
export interface ActorPage<T> {
  items: T[];
  total: number;
  next_offset: number | null;
}
