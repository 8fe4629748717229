import { asMarking } from '../../core/shared/principal.ts';
import { markingSchema } from './schema-parts.ts';
import { z } from '@hono/zod-openapi';
import { profileReasons, profileScore } from '../../analysis/graph/detainee-risk.ts';
import type { Gazetteer } from '../../core/shared/gazetteer.ts';
import type { ActorDetail as ActorDetailRows } from '../../core/actor/actor.service.ts';
import type { ScoredProfile } from '../../core/actor/detainee.service.ts';
import { ACTOR_KINDS, PLACEMENTS, RELATIONSHIP_KINDS } from '../../core/actor/actor.schema.ts';
import { sourceSchema } from './incident.presenter.ts';
import type { ActorRelationshipRow, ActorRow, DetaineeProfileRow, IncidentRow } from '../../store/schema.ts';

const siteSchema = z.object({ id: z.string(), name: z.string() }).nullable();

export const actorRefSchema = z
  .object({
    id: z.string().uuid(),
    kind: z.enum(ACTOR_KINDS),
    subkind: z.string().nullable(),
    name: z.string(),
  })
  .openapi('ActorRef');
export type ActorRef = z.infer<typeof actorRefSchema>;

export const actorSchema = actorRefSchema
  .extend({
    aliases: z.array(z.string()),
    description: z.string().nullable(),
    attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    facility: siteSchema,
    marking: markingSchema,
    compartments: z.array(z.string()),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi('Actor');
export type Actor = z.infer<typeof actorSchema>;

export const relationshipSchema = z
  .object({
    id: z.string().uuid(),
    source_id: z.string().uuid(),
    target_id: z.string().uuid(),
    kind: z.enum(RELATIONSHIP_KINDS),
    confidence: z.number(),
    sources: z.array(sourceSchema),
    valid_from: z.string().nullable().openapi({ description: 'a date (YYYY-MM-DD)' }),
    valid_until: z.string().nullable().openapi({ description: 'a date (YYYY-MM-DD)' }),
    description: z.string().nullable(),
    marking: markingSchema,
    version: z.number().int(),
    created_at: z.string(),
  })
  .openapi('Relationship');
export type Relationship = z.infer<typeof relationshipSchema>;

const incidentRefSchema = z.object({
  id: z.string().uuid(),
  occurred_start: z.string(),
  facility: siteSchema,
  event_types: z.array(z.string()),
  signatures: z.array(z.string()),
  description: z.string().nullable(),
});

export const detaineeProfileSchema = z
  .object({
    facility: siteSchema,
    placement: z.enum(PLACEMENTS),
    organised_crime_leadership: z.number().int(),
    escape_history: z.number().int(),
    outside_communications: z.number().int(),
    violence: z.number().int(),
    score: z.number(),
    reasons: z.array(z.string()),
    notes: z.string().nullable(),
    marking: markingSchema,
    version: z.number().int(),
    assessed_at: z.string(),
  })
  .openapi('DetaineeProfile');
export type DetaineeProfile = z.infer<typeof detaineeProfileSchema>;

export const detaineeSchema = detaineeProfileSchema.extend({ person: actorRefSchema }).openapi('Detainee');
export type Detainee = z.infer<typeof detaineeSchema>;

export const actorDetailSchema = actorSchema
  .extend({
    relationships: z.array(relationshipSchema.extend({ direction: z.enum(['in', 'out']), other: actorRefSchema })),
    incidents: z.array(z.object({ role: z.string(), incident: incidentRefSchema })),
    detainee_profile: detaineeProfileSchema.nullable(),
  })
  .openapi('ActorDetail');
export type ActorDetail = z.infer<typeof actorDetailSchema>;

export const subgraphSchema = z.object({
  nodes: z.array(actorRefSchema.extend({ depth: z.number().int().optional() })),
  relationships: z.array(relationshipSchema),
});
export type Subgraph = z.infer<typeof subgraphSchema>;

const site = (gazetteer: Gazetteer, id: string | null) =>
  id ? { id, name: gazetteer.facility(id)?.name ?? id } : null;
const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/** The public shape of an entity. */
export function presentActor(gazetteer: Gazetteer, row: ActorRow): Actor {
  return {
    id: row.id,
    kind: row.kind,
    subkind: row.subkind,
    name: row.name,
    aliases: row.aliases,
    description: row.description,
    // written through the input schema: scalar values only
    attributes: (row.attributes ?? {}) as Actor['attributes'],
    facility: site(gazetteer, row.facility_id),
    marking: asMarking(row.marking),
    compartments: row.compartments,
    version: row.version,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/** An entity in short, for the ends of relationships and the nodes of a graph. */
export const presentActorRef = (row: ActorRow): ActorRef => ({
  id: row.id,
  kind: row.kind,
  subkind: row.subkind,
  name: row.name,
});

export function presentRelationship(row: ActorRelationshipRow): Relationship {
  return {
    id: row.id,
    source_id: row.source_id,
    target_id: row.target_id,
    kind: row.kind,
    confidence: row.confidence,
    sources: row.sources,
    valid_from: day(row.valid_from),
    valid_until: day(row.valid_until),
    description: row.description,
    marking: asMarking(row.marking),
    version: row.version,
    created_at: row.created_at.toISOString(),
  };
}

const presentIncidentRef = (gazetteer: Gazetteer, row: IncidentRow) => ({
  id: row.id,
  occurred_start: row.occurred_start.toISOString(),
  facility: site(gazetteer, row.facility_id),
  event_types: row.event_types,
  signatures: row.signatures.map((signature) => signature.text),
  description: row.description,
});

export function presentProfile(
  gazetteer: Gazetteer,
  profile: DetaineeProfileRow,
  score: number,
  reasons: string[],
): DetaineeProfile {
  return {
    facility: site(gazetteer, profile.facility_id),
    placement: profile.placement,
    organised_crime_leadership: profile.organised_crime_leadership,
    escape_history: profile.escape_history,
    outside_communications: profile.outside_communications,
    violence: profile.violence,
    score,
    reasons,
    notes: profile.notes,
    marking: asMarking(profile.marking),
    version: profile.version,
    assessed_at: profile.assessed_at.toISOString(),
  };
}

export const presentScoredProfile = (gazetteer: Gazetteer, entry: ScoredProfile): Detainee => ({
  person: presentActorRef(entry.person),
  ...presentProfile(gazetteer, entry.profile, entry.score, entry.reasons),
});

/** An entity with its relationships (each with its other end), incidents and profile. */
export function presentActorDetail(gazetteer: Gazetteer, detail: ActorDetailRows): ActorDetail {
  const id = detail.actor.id;
  return {
    ...presentActor(gazetteer, detail.actor),
    relationships: detail.relationships.map((row) => {
      const outgoing = row.source_id === id;
      const other = detail.related.get(outgoing ? row.target_id : row.source_id)!;
      return {
        ...presentRelationship(row),
        direction: outgoing ? ('out' as const) : ('in' as const),
        other: presentActorRef(other),
      };
    }),
    incidents: detail.incidents.map((entry) => ({
      role: entry.role,
      incident: presentIncidentRef(gazetteer, entry.incident),
    })),
    detainee_profile: detail.profile
      ? presentProfile(gazetteer, detail.profile, profileScore(detail.profile), profileReasons(detail.profile))
      : null,
  };
}

/** Nodes and edges, as the graph explorer draws them. */
export const presentSubgraph = (
  nodes: Array<{ actor: ActorRow; depth?: number }>,
  relationships: ActorRelationshipRow[],
): Subgraph => ({
  nodes: nodes.map((node) => ({
    ...presentActorRef(node.actor),
    ...(node.depth !== undefined ? { depth: node.depth } : {}),
  })),
  relationships: relationships.map(presentRelationship),
});
