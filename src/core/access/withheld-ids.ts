import { authorize, type Principal, type Protected } from './access.ts';

/**
 * Logs (a case's history, the dissemination log, the audit trail) name records by id. A reader who may
 * read the log but not the record learns from its id that it exists, when it was touched, by whom
 * (issue 16, item 11): such ids are withheld, their place kept (`id: null, withheld: true`).
 */
export interface RecordRef { type: string; id: string }

/** Loads records by id in batches, for the readability check (each returns only the rows it finds). */
export interface RecordReaders {
  incidents(ids: string[]): Promise<Array<Protected & { id: string }>>;
  actors(ids: string[]): Promise<Array<Protected & { id: string }>>;
  /** the member incidents of each campaign: a campaign shows through the members its reader may see */
  campaignMembers(ids: string[]): Promise<Map<string, string[]>>;
  /** whether the principal reads each case (with its access list) */
  readableCases?(principal: Principal, ids: string[]): Promise<Set<string>>;
}

export type Visibility = (record: Protected) => boolean;

/** The ids among `refs` the reader may see, each type checked in one batch. Unknown types are kept. */
export async function visibleRefs(readers: RecordReaders, principal: Principal, refs: RecordRef[], canSee?: Visibility): Promise<Set<string>> {
  const sees = canSee ?? ((record: Protected) => authorize(principal, { kind: 'read', record }).allowed);
  const idsOf = (type: string) => [...new Set(refs.filter((ref) => ref.type === type).map((ref) => ref.id))];
  const visible = new Set<string>();
  const keep = (rows: Array<Protected & { id: string }>) => { for (const row of rows) if (sees(row)) visible.add(row.id); };
  const [incidents, actors, campaigns, cases] = [idsOf('incident'), idsOf('actor'), idsOf('campaign'), idsOf('case')];
  if (incidents.length > 0) keep(await readers.incidents(incidents));
  if (actors.length > 0) keep(await readers.actors(actors));
  if (campaigns.length > 0) {
    const members = await readers.campaignMembers(campaigns);
    const memberRows = await readers.incidents([...new Set([...members.values()].flat())]);
    const seen = new Set(memberRows.filter(sees).map((row) => row.id));
    for (const id of campaigns) if ((members.get(id) ?? []).some((member) => seen.has(member))) visible.add(id);
  }
  if (cases.length > 0 && readers.readableCases) for (const id of await readers.readableCases(principal, cases)) visible.add(id);
  const checked = new Set(['incident', 'actor', 'campaign', ...(readers.readableCases ? ['case'] : [])]);
  for (const ref of refs) if (!checked.has(ref.type)) visible.add(ref.id);
  return visible;
}
