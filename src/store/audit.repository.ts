import { sql, type Kysely } from 'kysely';
import { GENESIS_HASH, hashEvent, type ChainedEvent } from '../security/audit-chain.ts';
import type { DB } from './schema.ts';

// Appenders on every instance take turns: the chain has one order.
const AUDIT_LOCK_KEY = 7_411_904;

export interface NewAuditEvent {
  actor_id: string | null; actor: string; action: string;
  object_type?: string | null; object_id?: string | null; details?: unknown; address?: string | null;
}

const toChained = (row: { seq: number | string; at: Date; actor_id: string | null; actor: string; action: string; object_type: string | null; object_id: string | null; details: unknown; address: string | null; prev_hash: string; hash: string }): ChainedEvent => ({
  ...row, seq: Number(row.seq), at: row.at.toISOString(),
});

/** The append-only, hash-chained audit trail. */
export class AuditRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Appends one event; call inside the transaction of the change it records, so both land or neither. */
  async append(event: NewAuditEvent): Promise<ChainedEvent> {
    const run = async (trx: Kysely<DB>) => {
      await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
      const last = await trx.selectFrom('audit_events').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
      const unsigned = {
        seq: Number(last?.seq ?? 0) + 1, at: new Date().toISOString(), actor_id: event.actor_id, actor: event.actor,
        action: event.action, object_type: event.object_type ?? null, object_id: event.object_id ?? null,
        details: JSON.parse(JSON.stringify(event.details ?? {})), address: event.address ?? null, prev_hash: last?.hash ?? GENESIS_HASH,
      };
      const chained = { ...unsigned, hash: hashEvent(unsigned) };
      await trx.insertInto('audit_events').values({ ...chained, details: JSON.stringify(chained.details) }).execute();
      return chained;
    };
    return this.db.isTransaction ? run(this.db) : this.db.transaction().execute(run);
  }

  /** Events in chain order, page by page. */
  async *iterate(fromSeq = 1, pageSize = 1000): AsyncGenerator<ChainedEvent> {
    let next = fromSeq;
    for (;;) {
      const rows = await this.db.selectFrom('audit_events').selectAll().where('seq', '>=', next).orderBy('seq').limit(pageSize).execute();
      for (const row of rows) yield toChained(row);
      if (rows.length < pageSize) return;
      next = Number(rows[rows.length - 1].seq) + 1;
    }
  }

  /** The newest events first, for the admin page. */
  async recent(limit: number, beforeSeq?: number, filter: { object_id?: string; actor_id?: string } = {}): Promise<ChainedEvent[]> {
    let query = this.db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').limit(limit);
    if (beforeSeq) query = query.where('seq', '<', beforeSeq);
    if (filter.object_id) query = query.where('object_id', '=', filter.object_id);
    if (filter.actor_id) query = query.where('actor_id', '=', filter.actor_id);
    return (await query.execute()).map(toChained);
  }
}
