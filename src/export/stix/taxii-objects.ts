import { MARKINGS, type Marking } from '../../core/shared/principal.ts';
import type { Gazetteer } from '../../core/shared/gazetteer.ts';
import { invalidInput } from '../../core/shared/errors.ts';
import { buildBundle, incidentObjects, type StixSelection } from './stix-bundle.ts';
import { actorStixId } from './stix-graph.ts';
import { uuidV5, type StixObject } from './stix-vocabulary.ts';

export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

/** A TAXII collection per TLP marking; its objects are the records of that marking the reader may read. */
export interface TaxiiCollection {
  id: string;
  marking: Marking;
  title: string;
  description: string;
}

export const TAXII_COLLECTIONS: TaxiiCollection[] = MARKINGS.map((marking) => ({
  id: uuidV5(`taxii-collection:${marking}`),
  marking,
  title: `Vigie incidents TLP:${marking}`,
  description: `Incidents marked TLP:${marking} that you may read, with their locations, relationships and the definitions they use (never the STAFF compartment).`,
}));

/** An object of a collection and when the collection first held it (the incident's creation in Vigie). */
export interface CollectionEntry {
  object: StixObject;
  dateAdded: Date;
}

/**
 * The objects of a collection, oldest addition first then by id: the order TAXII pages follow. An
 * object is added when its incident was recorded (the earliest, for shared objects), an entity when
 * it was recorded, a kept foreign object when it was received.
 */
export function collectionEntries(selection: StixSelection, gazetteer: Gazetteer): CollectionEntry[] {
  const added = new Map<string, Date>();
  const earliest = (id: string, date: Date) => {
    const known = added.get(id);
    if (!known || date < known) added.set(id, date);
  };
  const { incidents } = selection;
  for (const row of incidents) {
    const foreign = selection.foreign?.get(row.id);
    for (const object of [...incidentObjects(row, gazetteer, foreign?.origin), ...(foreign?.attached ?? [])])
      earliest(object.id, row.created_at);
  }
  for (const actor of selection.graph?.actors ?? []) earliest(actorStixId(actor), actor.created_at);
  for (const [id, date] of selection.standaloneAdded ?? []) earliest(id, date);
  const first = [...added.values()].reduce<Date | undefined>(
    (min, date) => (!min || date < min ? date : min),
    undefined,
  );
  if (!first) return [];
  const bundle = buildBundle(selection, gazetteer);
  return bundle.objects
    .map((object) => ({ object, dateAdded: added.get(object.id) ?? first }))
    .sort(
      (a, b) =>
        a.dateAdded.getTime() - b.dateAdded.getTime() ||
        (a.object.id < b.object.id ? -1 : a.object.id > b.object.id ? 1 : 0),
    );
}

export interface ObjectQuery {
  addedAfter?: Date;
  types?: string[];
  ids?: string[];
  limit: number;
  next?: string;
}
export interface ObjectPage {
  entries: CollectionEntry[];
  more: boolean;
  next?: string;
}

const encodeNext = (entry: CollectionEntry) =>
  Buffer.from(`${entry.dateAdded.toISOString()}|${entry.object.id}`).toString('base64url');

function decodeNext(text: string): { at: number; id: string } {
  const [at, id] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  const time = new Date(at ?? '').getTime();
  if (!id || Number.isNaN(time))
    throw invalidInput([{ path: 'next', message: 'not a next value returned by this server' }]);
  return { at: time, id };
}

/** One page of a collection's objects after the filters: `added_after`, `match[type]`, `match[id]`, `next`. */
export function pageObjects(entries: CollectionEntry[], query: ObjectQuery): ObjectPage {
  const after = query.next ? decodeNext(query.next) : undefined;
  const matching = entries.filter(
    ({ object, dateAdded }) =>
      (!query.addedAfter || dateAdded > query.addedAfter) &&
      (!query.types?.length || query.types.includes(object.type)) &&
      (!query.ids?.length || query.ids.includes(object.id)) &&
      (!after || dateAdded.getTime() > after.at || (dateAdded.getTime() === after.at && object.id > after.id)),
  );
  const page = matching.slice(0, query.limit);
  const more = matching.length > page.length;
  return { entries: page, more, ...(more && page.length ? { next: encodeNext(page[page.length - 1]) } : {}) };
}
