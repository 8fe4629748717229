/**
 * The actor graph in STIX 2.1: organisations as `intrusion-set` (agencies and unions as `identity`),
 * persons as `threat-actor`, their relationships, and the incidents they are involved in. Each
 * object carries Vigie's exact kind or role in its extension, so a Vigie reading it back loses
 * nothing; other tools read the standard relationship types.
 */
import type { Marking } from '../../core/shared/principal.ts';
import type {
  ActorRelationshipRow,
  ActorRow,
  IncidentActorRole,
  IncidentActorRow,
  RelationshipKind,
} from '../../store/schema.ts';
import {
  markingOfRefs,
  stixId,
  TLP_MARKING_IDS,
  VIGIE_EXTENSION_ID,
  VIGIE_IDENTITY,
  type StixObject,
} from './stix-vocabulary.ts';

/** The entities, relationships and incident roles of a selection, already filtered for the reader. */
export interface GraphSelection {
  actors: ActorRow[];
  relationships: ActorRelationshipRow[];
  roles: IncidentActorRow[];
}

/** The kinds of entity that have a STIX object; vehicles, phones, accounts... stay in Vigie for now. */
export const STIX_ACTOR_KINDS = new Set(['organisation', 'person']);

/** Relationship kinds as STIX relationship types (STIX's open vocabulary where it has one). */
export const RELATIONSHIP_TYPES: Record<RelationshipKind, string> = {
  member_of: 'member-of',
  leads: 'leads',
  uses: 'uses',
  owns: 'owns',
  seen_at: 'located-at',
  held_at: 'held-at',
  linked_to: 'related-to',
};

/** Incident roles as relationships from the incident to the entity. */
export const ROLE_TYPES: Record<IncidentActorRole, string> = {
  suspect: 'attributed-to',
  claimed: 'attributed-to',
  target: 'targets',
  victim: 'targets',
  used: 'uses',
  seen: 'related-to',
};

const ADVERSARY_SUBKINDS_EXCLUDED = ['agency', 'union'];

/** The STIX type of an entity. */
function stixTypeOf(actor: ActorRow): string {
  if (actor.kind === 'person') return 'threat-actor';
  return ADVERSARY_SUBKINDS_EXCLUDED.includes(actor.subkind ?? '') ? 'identity' : 'intrusion-set';
}

/**
 * The STIX id of an entity: the id it came with from another tool, else derived (organisations from
 * their folded name, as the seizures' organisations are, so every Vigie gives the same id).
 */
export function actorStixId(actor: ActorRow): string {
  const type = stixTypeOf(actor);
  const imported = actor.attributes?.stix_id;
  if (typeof imported === 'string' && imported.startsWith(`${type}--`)) return imported;
  return actor.kind === 'person' ? stixId(type, 'person', actor.id) : stixId(type, 'organisation', actor.name_key);
}

const extension = (fields: Record<string, unknown>) => ({
  [VIGIE_EXTENSION_ID]: {
    extension_type: 'property-extension',
    ...Object.fromEntries(
      Object.entries(fields).filter(
        ([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0),
      ),
    ),
  },
});
const markingRefs = (marking: string) => [TLP_MARKING_IDS[marking as Marking] ?? TLP_MARKING_IDS.AMBER];

function actorObject(actor: ActorRow): StixObject {
  const type = stixTypeOf(actor);
  const created = actor.created_at.toISOString();
  // roles, sophistication, resource level and motivation: what interop mode asks, stated as what holds for
  // the people and gangs Vigie records (a member acts for a network; gangs work for profit); see docs/stix-taxii.md.
  const kindFields =
    type === 'identity'
      ? { identity_class: 'organization' }
      : type === 'threat-actor'
        ? {
            threat_actor_types: ['criminal'],
            roles: ['agent'],
            sophistication: 'minimal',
            ...(actor.aliases.length ? { aliases: actor.aliases } : {}),
          }
        : {
            resource_level: 'organization',
            primary_motivation: 'personal-gain',
            ...(actor.aliases.length ? { aliases: actor.aliases } : {}),
          };
  return {
    type,
    spec_version: '2.1',
    id: actorStixId(actor),
    created_by_ref: VIGIE_IDENTITY.id,
    created,
    modified: actor.updated_at.toISOString(),
    name: actor.name,
    ...(actor.description ? { description: actor.description } : {}),
    ...kindFields,
    object_marking_refs: markingRefs(actor.marking),
    extensions: extension({ kind: actor.kind, subkind: actor.subkind }),
  };
}

function relationshipObject(row: ActorRelationshipRow, source: string, target: string): StixObject {
  const created = row.created_at.toISOString();
  const references = row.sources.map((source) => ({
    source_name: source.title ?? source.kind,
    ...(source.url ? { url: source.url } : {}),
    description: `${source.kind}, graded ${source.reliability}${source.credibility}`,
  }));
  return {
    type: 'relationship',
    spec_version: '2.1',
    id: stixId('relationship', 'actor-relationship', `${source}|${row.kind}|${target}`),
    created_by_ref: VIGIE_IDENTITY.id,
    created,
    modified: row.updated_at.toISOString(),
    relationship_type: RELATIONSHIP_TYPES[row.kind],
    source_ref: source,
    target_ref: target,
    confidence: row.confidence,
    ...(row.description ? { description: row.description } : {}),
    ...(row.valid_from ? { start_time: new Date(row.valid_from).toISOString() } : {}),
    ...(row.valid_until && (!row.valid_from || new Date(row.valid_until) > new Date(row.valid_from))
      ? { stop_time: new Date(row.valid_until).toISOString() }
      : {}),
    ...(references.length ? { external_references: references } : {}),
    object_marking_refs: markingRefs(row.marking),
    extensions: extension({ kind: row.kind }),
  };
}

/**
 * The objects of a graph selection; `incidents` maps the Vigie ids of the incidents in the bundle to
 * their STIX objects (a role is exported only with its incident, under the narrower marking of the two).
 */
export function graphObjects(graph: GraphSelection, incidents: Map<string, StixObject>): StixObject[] {
  const actors = new Map(
    graph.actors.filter((actor) => STIX_ACTOR_KINDS.has(actor.kind)).map((actor) => [actor.id, actorObject(actor)]),
  );
  const objects = [...actors.values()];
  for (const row of graph.relationships) {
    const source = actors.get(row.source_id),
      target = actors.get(row.target_id);
    if (source && target) objects.push(relationshipObject(row, source.id, target.id));
  }
  for (const role of graph.roles) {
    const incident = incidents.get(role.incident_id),
      actor = actors.get(role.actor_id);
    if (!incident || !actor) continue;
    // As sensitive as the more sensitive of its two ends.
    const refs = [
      ...new Set([...(incident.object_marking_refs as string[]), ...(actor.object_marking_refs as string[])]),
    ];
    objects.push({
      type: 'relationship',
      spec_version: '2.1',
      id: stixId('relationship', 'incident-role', `${incident.id}|${role.role}|${actor.id}`),
      created_by_ref: VIGIE_IDENTITY.id,
      created: role.created_at.toISOString(),
      modified: role.created_at.toISOString(),
      relationship_type: ROLE_TYPES[role.role],
      source_ref: incident.id,
      target_ref: actor.id,
      object_marking_refs: [TLP_MARKING_IDS[markingOfRefs(refs) ?? 'AMBER']],
      extensions: extension({ role: role.role }),
    });
  }
  return objects;
}
