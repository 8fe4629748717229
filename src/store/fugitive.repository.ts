import type { Kysely } from 'kysely';
import type { ReadScope } from '../core/shared/principal.ts';
import { readableBy } from './read-scope.ts';
import type { DB, FugitiveHistoryRow, FugitiveRow, FugitiveSightingRow, StoredSource } from './schema.ts';

export type NewFugitive = Omit<
  FugitiveRow,
  | 'version'
  | 'created_at'
  | 'updated_at'
  | 'state'
  | 'recaptured_at'
  | 'recapture_place'
  | 'recapture_lat'
  | 'recapture_lon'
  | 'recapture_source'
>;
export interface Recapture {
  recaptured_at: Date;
  recapture_place: string;
  recapture_lat: number | null;
  recapture_lon: number | null;
  recapture_source: StoredSource;
}

/** A relationship of the fugitive in the actor graph, with the actor at its other end. */
export interface GraphLink {
  id: string;
  kind: string;
  confidence: number;
  outgoing: boolean;
  owner_org_id: string;
  marking: string;
  created_by: string | null;
  other_id: string;
  other_name: string;
  other_kind: string;
  other_owner_org_id: string;
  other_marking: string;
  other_compartments: string[];
  other_created_by: string | null;
}

/** The SQL of the wanted list: fugitives, their sightings and their history. */
export class FugitiveRepository {
  constructor(private readonly db: Kysely<DB>) {}

  insert(row: NewFugitive): Promise<FugitiveRow> {
    return this.db.insertInto('fugitives').values(row).returningAll().executeTakeFirstOrThrow();
  }

  findById(id: string): Promise<FugitiveRow | undefined> {
    return this.db.selectFrom('fugitives').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The open record of a person, if any. */
  wantedRecordOf(personId: string): Promise<FugitiveRow | undefined> {
    return this.db
      .selectFrom('fugitives')
      .selectAll()
      .where('person_id', '=', personId)
      .where('state', '=', 'wanted')
      .executeTakeFirst();
  }

  list(scope: ReadScope, state: string | undefined, limit: number, offset: number): Promise<FugitiveRow[]> {
    let query = this.db.selectFrom('fugitives').selectAll().where(readableBy<'fugitives'>(scope));
    if (state) query = query.where('state', '=', state);
    // the wanted first, the latest escapes first
    return query
      .orderBy('state', 'desc')
      .orderBy('escaped_start', 'desc')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute();
  }

  async count(scope: ReadScope, state: string | undefined): Promise<number> {
    let query = this.db.selectFrom('fugitives').where(readableBy<'fugitives'>(scope));
    if (state) query = query.where('state', '=', state);
    return Number((await query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  }

  /** Closes a wanted record if it is still at `version`; undefined otherwise. */
  recapture(id: string, version: number, recapture: Recapture): Promise<FugitiveRow | undefined> {
    return this.db
      .updateTable('fugitives')
      .set({
        ...recapture,
        recapture_source: JSON.stringify(recapture.recapture_source),
        state: 'recaptured',
        version: version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('state', '=', 'wanted')
      .returningAll()
      .executeTakeFirst();
  }

  /** Marks a change (a sighting added) on the record itself. */
  touch(id: string): Promise<FugitiveRow | undefined> {
    return this.db
      .updateTable('fugitives')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  }

  addSighting(row: Omit<FugitiveSightingRow, 'created_at'>): Promise<FugitiveSightingRow> {
    return this.db
      .insertInto('fugitive_sightings')
      .values({ ...row, source: JSON.stringify(row.source) })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  sightings(fugitiveId: string): Promise<FugitiveSightingRow[]> {
    return this.db
      .selectFrom('fugitive_sightings')
      .selectAll()
      .where('fugitive_id', '=', fugitiveId)
      .orderBy('seen_start', 'desc')
      .orderBy('created_at', 'desc')
      .execute();
  }

  appendHistory(row: Omit<FugitiveHistoryRow, 'details'> & { details: Record<string, unknown> }): Promise<void> {
    return this.db
      .insertInto('fugitive_history')
      .values({ ...row, details: JSON.stringify(row.details) })
      .execute()
      .then(() => undefined);
  }

  history(fugitiveId: string): Promise<FugitiveHistoryRow[]> {
    return this.db
      .selectFrom('fugitive_history')
      .selectAll()
      .where('fugitive_id', '=', fugitiveId)
      .orderBy('at')
      .orderBy('id')
      .execute();
  }

  /** A person actor's name and access fields; undefined when it is not a person. */
  person(id: string) {
    return this.db
      .selectFrom('actors')
      .select(['id', 'name', 'owner_org_id', 'marking', 'compartments', 'created_by'])
      .where('id', '=', id)
      .where('kind', '=', 'person')
      .executeTakeFirst();
  }

  /** The relationships of an actor in both directions, with the actor at the other end. */
  async links(actorId: string): Promise<GraphLink[]> {
    const base = this.db.selectFrom('actor_relationships as r');
    const columns = [
      'r.id',
      'r.kind',
      'r.confidence',
      'r.owner_org_id',
      'r.marking',
      'r.created_by',
      'a.id as other_id',
      'a.name as other_name',
      'a.kind as other_kind',
      'a.owner_org_id as other_owner_org_id',
      'a.marking as other_marking',
      'a.compartments as other_compartments',
      'a.created_by as other_created_by',
    ] as const;
    const [out, into] = await Promise.all([
      base.innerJoin('actors as a', 'a.id', 'r.target_id').select(columns).where('r.source_id', '=', actorId).execute(),
      base.innerJoin('actors as a', 'a.id', 'r.source_id').select(columns).where('r.target_id', '=', actorId).execute(),
    ]);
    return [...out.map((l) => ({ ...l, outgoing: true })), ...into.map((l) => ({ ...l, outgoing: false }))];
  }

  /** An incident's label fields and access, for the escape incident. */
  incident(id: string) {
    return this.db
      .selectFrom('incidents')
      .select([
        'id',
        'occurred_start',
        'event_types',
        'facility_id',
        'commune',
        'killed',
        'owner_org_id',
        'marking',
        'compartments',
        'created_by',
      ])
      .where('id', '=', id)
      .executeTakeFirst();
  }
}
