import { profileReasons, profileScore } from '../../analysis/graph/detainee-risk.ts';
import type { Gazetteer } from '../../core/shared/gazetteer.ts';
import type { ActorDetail } from '../../core/actor/actor.service.ts';
import type { ScoredProfile } from '../../core/actor/detainee.service.ts';
import type { ActorRelationshipRow, ActorRow, DetaineeProfileRow, IncidentRow } from '../../store/schema.ts';

const site = (gazetteer: Gazetteer, id: string | null) =>
  id ? { id, name: gazetteer.facility(id)?.name ?? id } : null;
const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/** The public shape of an entity. */
export function presentActor(gazetteer: Gazetteer, row: ActorRow) {
  return {
    id: row.id,
    kind: row.kind,
    subkind: row.subkind,
    name: row.name,
    aliases: row.aliases,
    description: row.description,
    attributes: row.attributes ?? {},
    facility: site(gazetteer, row.facility_id),
    marking: row.marking,
    compartments: row.compartments,
    version: row.version,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/** An entity in short, for the ends of relationships and the nodes of a graph. */
export const presentActorRef = (row: ActorRow) => ({
  id: row.id,
  kind: row.kind,
  subkind: row.subkind,
  name: row.name,
});

export function presentRelationship(row: ActorRelationshipRow) {
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
    marking: row.marking,
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

export function presentProfile(gazetteer: Gazetteer, profile: DetaineeProfileRow, score: number, reasons: string[]) {
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
    marking: profile.marking,
    version: profile.version,
    assessed_at: profile.assessed_at.toISOString(),
  };
}

export const presentScoredProfile = (gazetteer: Gazetteer, entry: ScoredProfile) => ({
  person: presentActorRef(entry.person),
  ...presentProfile(gazetteer, entry.profile, entry.score, entry.reasons),
});

/** An entity with its relationships (each with its other end), incidents and profile. */
export function presentActorDetail(gazetteer: Gazetteer, detail: ActorDetail) {
  const id = detail.actor.id;
  return {
    ...presentActor(gazetteer, detail.actor),
    relationships: detail.relationships.map((row) => {
      const outgoing = row.source_id === id;
      const other = detail.related.get(outgoing ? row.target_id : row.source_id)!;
      return { ...presentRelationship(row), direction: outgoing ? 'out' : 'in', other: presentActorRef(other) };
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
) => ({
  nodes: nodes.map((node) => ({
    ...presentActorRef(node.actor),
    ...(node.depth !== undefined ? { depth: node.depth } : {}),
  })),
  relationships: relationships.map(presentRelationship),
});
