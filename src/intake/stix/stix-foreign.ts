/**
 * What Vigie does with each object of a bundle (docs/stix-taxii.md, "What comes in"):
 * - kept: read into Vigie's records (incidents, the locations and `located-at` relationships that place
 *   them, entities and the relationship types Vigie understands, TLP marking definitions);
 * - attached: stored beside an incident and exported again unchanged with it (an indicator and its
 *   `indicates`, a sighting, a report, a relationship of another type, a statement marking...);
 * - ignored: neither (Vigie's own definitions, campaigns, which Vigie derives itself, and objects that
 *   touch no incident of the bundle).
 * Pure: no store.
 */
import { RELATIONSHIP_TYPES, ROLE_TYPES } from '../../export/stix/stix-graph.ts';
import { referencesOf } from '../../export/stix/stix-references.ts';
import {
  markingOfRefs,
  VIGIE_EXTENSION_ID,
  VIGIE_IDENTITY,
  type StixObject,
} from '../../export/stix/stix-vocabulary.ts';

export type ObjectFate = 'kept' | 'attached' | 'ignored';

/** Counts of objects by fate and type: `{ kept: { incident: 3, location: 2 }, attached: { indicator: 1 } }`. */
export type FateReport = Record<ObjectFate, Record<string, number>>;

const ENTITY_TYPES = new Set(['intrusion-set', 'threat-actor']);
const UNDERSTOOD_RELATIONSHIPS = new Set([...Object.values(RELATIONSHIP_TYPES), ...Object.values(ROLE_TYPES)]);

export const hasVigieExtension = (object: StixObject) =>
  Boolean((object.extensions as Record<string, unknown> | undefined)?.[VIGIE_EXTENSION_ID]);

/**
 * Identities that only author objects (`created_by_ref`) and take part in no relationship: the
 * producers of the intelligence, not organisations of the actor graph.
 */
export function authorsOnly(objects: StixObject[]): Set<string> {
  const authors = new Set(
    objects.map((object) => object.created_by_ref).filter((ref): ref is string => typeof ref === 'string'),
  );
  for (const object of objects)
    if (object.type === 'relationship') {
      authors.delete(String(object.source_ref));
      authors.delete(String(object.target_ref));
    }
  return authors;
}

const isEntity = (object: StixObject, authors: Set<string>) =>
  ENTITY_TYPES.has(object.type) ||
  (object.type === 'identity' &&
    object.identity_class === 'organization' &&
    object.id !== VIGIE_IDENTITY.id &&
    !authors.has(object.id));

/** The locations placing each incident: the targets of its `located-at` (else `related-to`) relationships. */
export function placingRelationships(
  objects: StixObject[],
): Map<string, { relationship: StixObject; location: StixObject }> {
  const byId = new Map(objects.map((object) => [object.id, object]));
  const found = new Map<string, { relationship: StixObject; location: StixObject }>();
  for (const preferred of ['located-at', 'related-to']) {
    for (const object of objects) {
      if (object.type !== 'relationship' || object.relationship_type !== preferred) continue;
      const target = byId.get(String(object.target_ref));
      const source = String(object.source_ref);
      if (target?.type === 'location' && byId.get(source)?.type === 'incident' && !found.has(source))
        found.set(source, { relationship: object, location: target });
    }
  }
  return found;
}

export interface ForeignPlan {
  fates: Map<string, ObjectFate>;
  /** foreign objects to keep beside each imported incident, by the incident's STIX id */
  attached: Map<string, StixObject[]>;
  /** objects that touch no imported incident (TAXII keeps them in their collection) */
  loose: StixObject[];
}

/**
 * Decides the fate of every object once the incidents that were imported are known. An object is
 * attached to the first imported foreign incident it is connected to through references, one
 * relationship or sighting away at most (an indicator `indicates` an incident).
 */
export function planObjects(objects: StixObject[], imported: Set<string>): ForeignPlan {
  const byId = new Map(objects.map((object) => [object.id, object]));
  const fates = new Map<string, ObjectFate>();
  const attached = new Map<string, StixObject[]>();
  const placing = placingRelationships(objects);
  const foreignIncidents = new Set(
    objects.filter((o) => o.type === 'incident' && !hasVigieExtension(o) && imported.has(o.id)).map((o) => o.id),
  );
  const attach = (incident: string, object: StixObject) => {
    attached.set(incident, [...(attached.get(incident) ?? []), object]);
    fates.set(object.id, fates.get(object.id) ?? 'attached');
  };
  const authors = authorsOnly(objects);
  const entityIds = new Set(objects.filter((object) => isEntity(object, authors)).map((object) => object.id));

  for (const object of objects) {
    if (object.type === 'incident') fates.set(object.id, imported.has(object.id) ? 'kept' : 'ignored');
    else if (isEntity(object, authors)) fates.set(object.id, 'kept');
    else if (object.type === 'marking-definition' && markingOfRefs([object.id])) fates.set(object.id, 'kept');
    else if (
      object.type === 'relationship' &&
      UNDERSTOOD_RELATIONSHIPS.has(String(object.relationship_type)) &&
      entityIds.has(String(object.target_ref)) &&
      (entityIds.has(String(object.source_ref)) || imported.has(String(object.source_ref)))
    )
      fates.set(object.id, 'kept');
  }
  // The location and relationship that placed a foreign incident are read into it and kept unchanged beside it.
  for (const [incident, { relationship, location }] of placing) {
    if (!imported.has(incident)) continue;
    if (foreignIncidents.has(incident)) for (const object of [relationship, location]) attach(incident, object);
    for (const object of [relationship, location]) fates.set(object.id, 'kept');
  }
  // Campaigns are derived by each Vigie's own detection: a campaign and what speaks of it are not read.
  const campaigns = new Set(objects.filter((object) => object.type === 'campaign').map((object) => object.id));
  for (const object of objects) {
    if (!fates.has(object.id) && (campaigns.has(object.id) || referencesOf(object).some((ref) => campaigns.has(ref))))
      fates.set(object.id, 'ignored');
  }
  // Statement (non-TLP) markings and the author of a foreign incident travel with it.
  for (const incident of foreignIncidents) {
    const object = byId.get(incident)!;
    for (const ref of [...((object.object_marking_refs as string[] | undefined) ?? []), object.created_by_ref]) {
      const definition = typeof ref === 'string' ? byId.get(ref) : undefined;
      if (
        definition &&
        !fates.has(definition.id) &&
        !(definition.type === 'marking-definition' && markingOfRefs([definition.id]))
      )
        attach(incident, definition);
    }
  }
  // Anything connected to a foreign incident through references, by way of objects Vigie does not
  // read (an indicator that indicates it, a sighting of that indicator, a report), is attached to it.
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    neighbours.get(a)!.add(b);
  };
  for (const object of objects)
    for (const ref of referencesOf(object)) {
      link(object.id, ref);
      link(ref, object.id);
    }
  for (const incident of foreignIncidents) {
    const queue = [incident];
    while (queue.length) {
      for (const next of neighbours.get(queue.shift()!) ?? []) {
        if (!byId.has(next) || fates.has(next)) continue;
        attach(incident, byId.get(next)!);
        queue.push(next);
      }
    }
  }
  // The authors of attached objects go with them.
  for (const [incident, list] of attached) {
    for (const object of [...list]) {
      const author = typeof object.created_by_ref === 'string' ? byId.get(object.created_by_ref) : undefined;
      if (author && !fates.has(author.id)) attach(incident, author);
    }
  }
  const loose: StixObject[] = [];
  for (const object of objects) {
    if (fates.has(object.id)) continue;
    fates.set(object.id, 'ignored');
    if (object.type !== 'extension-definition' && object.id !== VIGIE_IDENTITY.id) loose.push(object);
  }
  return { fates, attached, loose };
}

/** Counts the fates by type. */
export function reportFates(objects: StixObject[], fates: Map<string, ObjectFate>): FateReport {
  const report: FateReport = { kept: {}, attached: {}, ignored: {} };
  for (const object of objects) {
    const fate = fates.get(object.id) ?? 'ignored';
    report[fate][object.type] = (report[fate][object.type] ?? 0) + 1;
  }
  return report;
}

/** "kept 3 incident, 2 location; attached 1 indicator, 1 relationship; ignored 1 campaign". */
export function describeFates(report: FateReport): string {
  const part = (fate: ObjectFate) => {
    const entries = Object.entries(report[fate]).sort(([a], [b]) => a.localeCompare(b));
    return entries.length ? `${fate} ${entries.map(([type, count]) => `${count} ${type}`).join(', ')}` : '';
  };
  return (['kept', 'attached', 'ignored'] as const).map(part).filter(Boolean).join('; ');
}
