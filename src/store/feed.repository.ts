import type { Kysely, Updateable } from 'kysely';
import type { DB, FeedRow, FeedTable } from './schema.ts';

export type NewFeed = Omit<
  FeedRow,
  'created_at' | 'last_polled_at' | 'last_status' | 'last_error' | 'items_seen' | 'items_new' | 'items_total'
>;
export type FeedChanges = Partial<
  Pick<
    FeedRow,
    | 'title'
    | 'poll_minutes'
    | 'trusted'
    | 'trust_threshold'
    | 'reliability'
    | 'credibility'
    | 'outlet'
    | 'marking'
    | 'enabled'
  >
>;

/** What one poll found, written on the feed. */
export interface PollOutcome {
  at: Date;
  status: 'ok' | 'error';
  error: string | null;
  seen: number;
  fresh: number;
}

/** The only place that holds the SQL of feeds. */
export class FeedRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(feed: NewFeed): Promise<FeedRow | undefined> {
    return this.db
      .insertInto('feeds')
      .values(feed)
      .onConflict((oc) => oc.column('url').doNothing())
      .returningAll()
      .executeTakeFirst();
  }

  findById(id: string): Promise<FeedRow | undefined> {
    return this.db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByUrl(url: string): Promise<FeedRow | undefined> {
    return this.db.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirst();
  }

  list(): Promise<FeedRow[]> {
    return this.db.selectFrom('feeds').selectAll().orderBy('created_at').orderBy('id').execute();
  }

  /** Enabled feeds whose interval has passed since their last poll, never polled first (a handful of rows: filtered here). */
  async due(now: Date): Promise<FeedRow[]> {
    const rows = await this.db
      .selectFrom('feeds')
      .selectAll()
      .where('enabled', '=', true)
      .orderBy('last_polled_at', (ob) => ob.asc().nullsFirst())
      .execute();
    return rows.filter(
      (row) => !row.last_polled_at || row.last_polled_at.getTime() + row.poll_minutes * 60_000 <= now.getTime(),
    );
  }

  update(id: string, changes: FeedChanges): Promise<FeedRow | undefined> {
    return this.db
      .updateTable('feeds')
      .set(changes as Updateable<FeedTable>)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  }

  async recordPoll(id: string, outcome: PollOutcome): Promise<FeedRow | undefined> {
    return this.db
      .updateTable('feeds')
      .set((eb) => ({
        last_polled_at: outcome.at,
        last_status: outcome.status,
        last_error: outcome.error,
        items_seen: outcome.seen,
        items_new: outcome.fresh,
        items_total: eb('items_total', '+', outcome.fresh),
      }))
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  }

  async remove(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('feeds').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
