/**
 * Reads the actor graph of a STIX bundle into Vigie: `intrusion-set`, `threat-actor` and
 * organisation `identity` objects become entities, relationships between them become graph
 * relationships, and relationships from an incident to one of them become the incident's roles.
 * Idempotent: an entity is found again by the STIX id it came with (or its kind and name), a
 * relationship or a role by its ends and kind.
 */
import { authorize } from '../../core/access/access.ts';
import { MARKINGS, type Marking } from '../../core/shared/principal.ts';
import type { ActorRepositories } from '../../core/actor/actor.service.ts';
import type { Caller } from '../../core/shared/caller.ts';
import { check } from '../../core/review/review.service.ts';
import { actorOf } from '../../core/shared/caller.ts';
import { invalidInput, type FieldIssue } from '../../core/shared/errors.ts';
import { RELATIONSHIP_TYPES, ROLE_TYPES } from '../../export/stix/stix-graph.ts';
import {
  markingOfRefs,
  VIGIE_EXTENSION_ID,
  VIGIE_IDENTITY,
  type StixBundle,
  type StixObject,
} from '../../export/stix/stix-vocabulary.ts';
import type { ActorKind, IncidentActorRole, RelationshipKind } from '../../store/schema.ts';
import { authorsOnly } from './stix-foreign.ts';

export interface GraphImportDeps {
  transaction<T>(work: (repositories: ActorRepositories) => Promise<T>): Promise<T>;
  /** the Vigie id of an incident known by this external id */
  incidentIdOf(externalId: string): Promise<string | undefined>;
}

/** The graph import's dependencies out of the application's context. */
export function graphImportDeps(context: {
  actorGraph: Pick<GraphImportDeps, 'transaction'>;
  incidents: { incidents: { findByExternalId(key: string): Promise<{ id: string } | undefined> } };
}): GraphImportDeps {
  return {
    transaction: (work) => context.actorGraph.transaction(work),
    incidentIdOf: async (key) => (await context.incidents.incidents.findByExternalId(key))?.id,
  };
}

export interface GraphImportResult {
  entities: number;
  created: number;
  relationships: number;
  roles: number;
}

/** "; 4 entities (1 new), 3 relationships and 2 incident roles added", or nothing without entities. */
export function describeGraph(result: GraphImportResult | undefined): string {
  if (!result || result.entities === 0) return '';
  return `; ${result.entities} entities (${result.created} new), ${result.relationships} relationships and ${result.roles} incident roles added`;
}

interface EntityDraft {
  stixId: string;
  kind: ActorKind;
  subkind: string | null;
  name: string;
  aliases: string[];
  description: string | null;
  marking: Marking;
}

const extensionOf = (object: StixObject) =>
  (object.extensions as Record<string, Record<string, unknown>> | undefined)?.[VIGIE_EXTENSION_ID] ?? {};
const reverse = <K extends string>(table: Record<K, string>, type: string) =>
  (Object.entries(table) as Array<[K, string]>).find(([, value]) => value === type)?.[0];
const RELATIONSHIP_KINDS = Object.keys(RELATIONSHIP_TYPES) as RelationshipKind[];
const ROLES = Object.keys(ROLE_TYPES) as IncidentActorRole[];

/** An entity of the bundle, or the problem with it; undefined for objects that are not entities. */
function entityDraft(object: StixObject, authors: Set<string>): EntityDraft | FieldIssue | undefined {
  const isOrganisationIdentity =
    object.type === 'identity' &&
    object.identity_class === 'organization' &&
    object.id !== VIGIE_IDENTITY.id &&
    !authors.has(object.id);
  if (!['intrusion-set', 'threat-actor'].includes(object.type) && !isOrganisationIdentity) return undefined;
  const name = typeof object.name === 'string' ? object.name.trim() : '';
  if (name.length === 0 || name.length > 200)
    return { path: 'name', message: 'an entity needs a name of 1 to 200 characters' };
  const extension = extensionOf(object);
  const kind: ActorKind =
    extension.kind === 'person' ||
    (object.type === 'threat-actor' &&
      extension.kind === undefined &&
      object.x_opencti_type === 'Threat-Actor-Individual')
      ? 'person'
      : 'organisation';
  const subkind =
    typeof extension.subkind === 'string'
      ? extension.subkind
      : kind === 'person'
        ? null
        : isOrganisationIdentity
          ? 'agency'
          : 'group';
  const aliases = Array.isArray(object.aliases)
    ? object.aliases.filter((alias): alias is string => typeof alias === 'string' && alias.length <= 200).slice(0, 50)
    : [];
  const marking = markingOfRefs(object.object_marking_refs) ?? 'AMBER';
  return {
    stixId: object.id,
    kind,
    subkind,
    name,
    aliases,
    marking: MARKINGS.includes(marking) ? marking : 'AMBER',
    description: typeof object.description === 'string' ? object.description.slice(0, 10_000) : null,
  };
}

/** The entities of a bundle by STIX id; refuses the bundle naming the object when one is unusable. */
export function bundleEntities(bundle: StixBundle): Map<string, EntityDraft> {
  const entities = new Map<string, EntityDraft>();
  const issues: FieldIssue[] = [];
  // The producers of the intelligence (authors only) are not organisations of the graph.
  const authors = authorsOnly(bundle.objects);
  bundle.objects.forEach((object, index) => {
    const draft = entityDraft(object, authors);
    if (draft && 'path' in draft)
      issues.push({ path: `objects[${index}] ${object.id}: ${draft.path}`, message: draft.message });
    else if (draft) entities.set(draft.stixId, draft);
  });
  if (issues.length > 0) throw invalidInput(issues);
  return entities;
}

/** The incident's external id as the incident import stored it (Vigie's extension, else the STIX id). */
const incidentExternalId = (object: StixObject) => {
  const key = extensionOf(object).external_id;
  return typeof key === 'string' ? key : object.id;
};

/**
 * Writes the graph of a bundle whose incidents are already imported, in one transaction with its
 * audit event. Nothing to do (and no permission needed) when the bundle holds no entity.
 */
export async function importStixGraph(
  deps: GraphImportDeps,
  caller: Caller,
  bundle: StixBundle,
): Promise<GraphImportResult> {
  const drafts = bundleEntities(bundle);
  if (drafts.size === 0) return { entities: 0, created: 0, relationships: 0, roles: 0 };
  check(authorize(caller.principal, { kind: 'edit-graph' }));
  const incidents = new Map<string, string>();
  for (const object of bundle.objects) {
    if (object.type !== 'incident') continue;
    const id = await deps.incidentIdOf(incidentExternalId(object));
    if (id) incidents.set(object.id, id);
  }
  const owner = {
    owner_org_id: caller.principal.organisationId,
    created_by: caller.principal.system ? null : caller.principal.userId,
  };
  return deps.transaction(async ({ actors, audit }) => {
    const ids = new Map<string, string>();
    let created = 0,
      relationships = 0,
      roles = 0;
    for (const draft of drafts.values()) {
      const found = (await actors.findByStixId(draft.stixId)) ?? (await actors.findByName(draft.kind, draft.name));
      if (found) {
        ids.set(draft.stixId, found.id);
        continue;
      }
      const row = await actors.insert({
        kind: draft.kind,
        subkind: draft.subkind,
        name: draft.name,
        aliases: draft.aliases,
        description: draft.description,
        attributes: { stix_id: draft.stixId },
        facility_id: null,
        marking: draft.marking,
        compartments: [],
        ...owner,
      });
      ids.set(draft.stixId, row.id);
      created += 1;
    }
    for (const object of bundle.objects) {
      if (object.type !== 'relationship') continue;
      const extension = extensionOf(object);
      const type = String(object.relationship_type);
      const source = String(object.source_ref),
        target = String(object.target_ref);
      const marking = markingOfRefs(object.object_marking_refs) ?? 'AMBER';
      if (ids.has(source) && ids.has(target) && source !== target) {
        // A relationship type Vigie does not map (part-of, variant-of...) is not turned into another: it is kept as the source sent it (stix-foreign.ts).
        const kind = RELATIONSHIP_KINDS.find((value) => value === extension.kind) ?? reverse(RELATIONSHIP_TYPES, type);
        if (!kind) continue;
        const confidence =
          typeof object.confidence === 'number' && object.confidence >= 0 && object.confidence <= 100
            ? Math.round(object.confidence)
            : 50;
        const from = typeof object.start_time === 'string' ? object.start_time : null;
        const until =
          typeof object.stop_time === 'string' && (!from || object.stop_time >= from) ? object.stop_time : null;
        const stored = await actors.insertRelationship({
          source_id: ids.get(source)!,
          target_id: ids.get(target)!,
          kind,
          confidence,
          sources: [],
          valid_from: from,
          valid_until: until,
          description: typeof object.description === 'string' ? object.description.slice(0, 10_000) : null,
          marking,
          owner_org_id: owner.owner_org_id,
          created_by: owner.created_by,
        });
        if (stored) relationships += 1;
      } else if (incidents.has(source) && ids.has(target)) {
        const role = ROLES.find((value) => value === extension.role) ?? reverse(ROLE_TYPES, type);
        if (!role) continue;
        if (await actors.attach(incidents.get(source)!, ids.get(target)!, role, owner.created_by)) roles += 1;
      }
    }
    await audit.append({
      ...actorOf(caller),
      action: 'actor.import',
      object_type: 'bundle',
      object_id: null,
      details: { format: 'stix', bundle: bundle.id, entities: drafts.size, created, relationships, roles },
    });
    return { entities: drafts.size, created, relationships, roles };
  });
}
