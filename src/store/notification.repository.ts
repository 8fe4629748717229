import { sql, type Kysely } from 'kysely';
import type { ReadScope } from '../core/shared/principal.ts';
import { readableBy } from './read-scope.ts';
import type { DB, NotificationEventRow } from './schema.ts';

export type NewNotificationEvent = Omit<NotificationEventRow, 'sequence' | 'payload' | 'user_ids'> & {
  payload: Record<string, unknown>;
  user_ids: string[];
};

/** A page of a user's notifications, with whether each is read. */
export interface NotificationListing {
  items: Array<NotificationEventRow & { read: boolean }>;
  total: number;
}

/** Types kept out of the centre and the stream (a webhook test ping concerns its webhook only). */
const PRIVATE_TYPES = ['ping'];

/** The only place that holds the SQL of notification events and who has read them. */
export class NotificationRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insertEvent(event: NewNotificationEvent): Promise<NotificationEventRow> {
    const row = await this.db
      .insertInto('notification_events')
      .values({ ...event, payload: JSON.stringify(event.payload) })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { ...row, sequence: Number(row.sequence) };
  }

  async findEvent(id: string): Promise<NotificationEventRow | undefined> {
    const row = await this.db.selectFrom('notification_events').selectAll().where('id', '=', id).executeTakeFirst();
    return row && { ...row, sequence: Number(row.sequence) };
  }

  async eventsByIds(ids: string[]): Promise<NotificationEventRow[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('notification_events').selectAll().where('id', 'in', ids).execute();
    return rows.map((row) => ({ ...row, sequence: Number(row.sequence) }));
  }

  /** Events after a stream position, oldest first, that the scope may read (SSE resumption). */
  async eventsAfter(sequence: number, scope: ReadScope, limit: number): Promise<NotificationEventRow[]> {
    const rows = await this.db
      .selectFrom('notification_events')
      .selectAll()
      .where('sequence', '>', sequence as never)
      .where('type', 'not in', PRIVATE_TYPES)
      .where(readableBy(scope))
      .orderBy('sequence')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ ...row, sequence: Number(row.sequence) }));
  }

  /** The last position of the stream (0 when empty). */
  async lastSequence(): Promise<number> {
    const row = await this.db
      .selectFrom('notification_events')
      .select((eb) => eb.fn.max('sequence').as('last'))
      .executeTakeFirst();
    return Number(row?.last ?? 0);
  }

  private unreadCondition(userId: string) {
    return sql<boolean>`notification_events.sequence > coalesce((SELECT read_through FROM notification_cursors WHERE user_id = ${userId}), 0)
      AND NOT EXISTS (SELECT 1 FROM notification_reads r WHERE r.user_id = ${userId} AND r.event_id = notification_events.id)`;
  }

  /** A user's notifications, newest first: every event they may read; `before` pages by sequence. */
  async list(
    userId: string,
    scope: ReadScope,
    options: { unread: boolean; limit: number; before?: number },
  ): Promise<NotificationListing> {
    let query = this.db
      .selectFrom('notification_events')
      .where('type', 'not in', PRIVATE_TYPES)
      .where(readableBy(scope));
    if (options.unread) query = query.where(this.unreadCondition(userId));
    const total = await query.select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow();
    let page = query.selectAll().select(sql<boolean>`NOT (${this.unreadCondition(userId)})`.as('read'));
    if (options.before !== undefined) page = page.where('sequence', '<', options.before as never);
    const rows = await page.orderBy('sequence', 'desc').limit(options.limit).execute();
    return { items: rows.map((row) => ({ ...row, sequence: Number(row.sequence) })), total: Number(total.count) };
  }

  async unreadCount(userId: string, scope: ReadScope): Promise<number> {
    const row = await this.db
      .selectFrom('notification_events')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('type', 'not in', PRIVATE_TYPES)
      .where(readableBy(scope))
      .where(this.unreadCondition(userId))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async markRead(userId: string, eventIds: string[]): Promise<void> {
    if (eventIds.length === 0) return;
    const known = await this.db.selectFrom('notification_events').select('id').where('id', 'in', eventIds).execute();
    if (known.length === 0) return;
    await this.db
      .insertInto('notification_reads')
      .values(known.map(({ id }) => ({ user_id: userId, event_id: id })))
      .onConflict((oc) => oc.columns(['user_id', 'event_id']).doNothing())
      .execute();
  }

  /** Everything up to now is read: the cursor moves to the last event and the single reads before it go. */
  async markAllRead(userId: string): Promise<void> {
    const last = await this.lastSequence();
    await this.db
      .insertInto('notification_cursors')
      .values({ user_id: userId, read_through: last })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ read_through: last }))
      .execute();
    await this.db
      .deleteFrom('notification_reads')
      .where('user_id', '=', userId)
      .where('event_id', 'in', (eb) =>
        eb
          .selectFrom('notification_events')
          .select('id')
          .where('sequence', '<=', last as never),
      )
      .execute();
  }
}
