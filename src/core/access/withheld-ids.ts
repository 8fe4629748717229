import { authorize } from './access.ts';
import type { Protected } from '../shared/principal.ts';
import type { Principal } from '../shared/principal.ts';

/**
 * Logs (a case's history, the dissemination log, the audit trail) name records by id. A reader who may
 * read the log but not the record learns from its id that it exists, when it was touched and by whom
 * (issue 16, item 11): such ids are withheld, their place kept (`id: null, withheld: true`).
 */
export interface RecordRef {
  type: string;
  id: string;
}

/** Loads records by id in batches for the readability check (each returns only the rows it finds). */
export interface RecordReaders {
  incidents(ids: string[]): Promise<Array<Protected & { id: string }>>;
  actors(ids: string[]): Promise<Array<Protected & { id: string }>>;
  /** the member incidents of each campaign: a campaign shows through the members its reader may see */
  campaignMembers(ids: string[]): Promise<Map<string, string[]>>;
  /** the ids among `ids` of the cases the principal reads (with their access lists) */
  readableCases(principal: Principal, ids: string[]): Promise<string[]>;
}

/** Whether the reader sees a record; by default, whether it may read it. */
export type Visibility = (record: Protected) => boolean;

/** The types whose ids are checked; ids of other types (evidence, users...) are kept. */
const CHECKED = new Set(['incident', 'actor', 'campaign', 'case']);
/** Only a uuid names a record (and PostgreSQL refuses anything else in a uuid column). */
const isRecordId = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** Ids per query: an audit page may name 250,000 (500 events of 500), past PostgreSQL's 65,535 parameters. */
const CHUNK = 1000;
async function inChunks<T>(ids: string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) rows.push(...(await load(ids.slice(i, i + CHUNK))));
  return rows;
}

/**
 * The ids among `refs` the reader may see, each type checked in one batch. Call it outside any
 * transaction: the readers query through the context's store, which on PGlite is one connection.
 */
export async function visibleRefs(
  readers: RecordReaders,
  principal: Principal,
  refs: RecordRef[],
  canSee?: Visibility,
): Promise<Set<string>> {
  const sees = canSee ?? ((record: Protected) => authorize(principal, { kind: 'read', record }).allowed);
  const idsOf = (type: string) => [
    ...new Set(refs.filter((ref) => ref.type === type && isRecordId(ref.id)).map((ref) => ref.id)),
  ];
  const visible = new Set(refs.filter((ref) => !CHECKED.has(ref.type) || !isRecordId(ref.id)).map((ref) => ref.id));
  const keep = (rows: Array<Protected & { id: string }>) => {
    for (const row of rows) if (sees(row)) visible.add(row.id);
  };
  const [incidents, actors, campaigns, cases] = ['incident', 'actor', 'campaign', 'case'].map(idsOf);
  if (incidents.length > 0) keep(await inChunks(incidents, readers.incidents));
  if (actors.length > 0) keep(await inChunks(actors, readers.actors));
  if (campaigns.length > 0) {
    const members = await readers.campaignMembers(campaigns);
    const memberIds = [...new Set([...members.values()].flat())];
    const seen = new Set(
      (memberIds.length > 0 ? await inChunks(memberIds, readers.incidents) : []).filter(sees).map((row) => row.id),
    );
    for (const id of campaigns) if ((members.get(id) ?? []).some((member) => seen.has(member))) visible.add(id);
  }
  if (cases.length > 0)
    for (const id of await inChunks(cases, (chunk) => readers.readableCases(principal, chunk))) visible.add(id);
  return visible;
}
