import { sql, type Kysely } from 'kysely';
import { canonicalJson, GENESIS_HASH, hashEvent, type ChainedEvent } from '../security/audit-chain.ts';
import { createHash } from 'node:crypto';
import type { DB } from './schema.ts';

// Appenders on every instance take turns: the chain has one order.
const AUDIT_LOCK_KEY = 7_411_904;

export interface NewAuditEvent {
  actor_id: string | null;
  actor: string;
  action: string;
  object_type?: string | null;
  object_id?: string | null;
  details?: unknown;
  address?: string | null;
}

const toChained = (row: {
  seq: number | string;
  at: Date;
  actor_id: string | null;
  actor: string;
  action: string;
  object_type: string | null;
  object_id: string | null;
  details: unknown;
  address: string | null;
  prev_hash: string;
  hash: string;
}): ChainedEvent => ({
  ...row,
  seq: Number(row.seq),
  at: row.at.toISOString(),
});

/**
 * The records whose events anchor a digest of the record as it stands once the change is made, and the
 * columns that digest covers (what grants access: a change there behind Vigie's back is what matters;
 * sign-in bookkeeping is left out). `audit verify` recomputes them.
 */
const ANCHORED_COLUMNS = {
  user: ['id', 'username', 'role', 'organisation_id', 'compartments', 'permissions', 'disabled', 'password_hash'],
} as const;
type AnchoredType = keyof typeof ANCHORED_COLUMNS;
const isAnchored = (type: string | null | undefined): type is AnchoredType => type === 'user';
const TABLE_OF: Record<AnchoredType, 'users'> = { user: 'users' };

/** The digest of a record's anchored columns. */
export function recordDigest(row: Record<string, unknown>, type: AnchoredType = 'user'): string {
  const picked = Object.fromEntries(ANCHORED_COLUMNS[type].map((column) => [column, row[column] ?? null]));
  return createHash('sha256').update(canonicalJson(picked)).digest('hex');
}

/** A record that no longer matches the trail: changed after its last event, or never in the trail. */
export interface AnchorMismatch {
  type: AnchoredType;
  id: string;
  label: string;
  seq: number | null;
}

/** The append-only, hash-chained audit trail. */
export class AuditRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Appends one event; call inside the transaction of the change it records, so both land or neither. */
  async append(event: NewAuditEvent): Promise<ChainedEvent> {
    const run = async (trx: Kysely<DB>) => {
      await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
      const last = await trx
        .selectFrom('audit_events')
        .select(['seq', 'hash'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      let details = JSON.parse(JSON.stringify(event.details ?? {}));
      if (isAnchored(event.object_type) && event.object_id) {
        const row = await trx
          .selectFrom(TABLE_OF[event.object_type])
          .selectAll()
          .where('id', '=', event.object_id)
          .executeTakeFirst();
        if (row)
          details = { ...details, anchor: recordDigest(row as unknown as Record<string, unknown>, event.object_type) };
      }
      const unsigned = {
        seq: Number(last?.seq ?? 0) + 1,
        at: new Date().toISOString(),
        actor_id: event.actor_id,
        actor: event.actor,
        action: event.action,
        object_type: event.object_type ?? null,
        object_id: event.object_id ?? null,
        details,
        address: event.address ?? null,
        prev_hash: last?.hash ?? GENESIS_HASH,
      };
      const chained = { ...unsigned, hash: hashEvent(unsigned) };
      await trx
        .insertInto('audit_events')
        .values({ ...chained, details: JSON.stringify(chained.details) })
        .execute();
      return chained;
    };
    return this.db.isTransaction ? run(this.db) : this.db.transaction().execute(run);
  }

  /**
   * Anchored records that do not match the digest their last event holds, or that have no event at
   * all (a row slipped in by SQL or by an edited backup). Events written before anchors existed are
   * not judged.
   */
  async anchorMismatches(): Promise<AnchorMismatch[]> {
    const latest = await sql<{ object_id: string; seq: string | number; anchor: string | null }>`
      SELECT DISTINCT ON (object_id) object_id, seq, details->>'anchor' AS anchor FROM audit_events
      WHERE object_type = 'user' AND object_id IS NOT NULL ORDER BY object_id, seq DESC`.execute(this.db);
    const byId = new Map(latest.rows.map((row) => [row.object_id, row]));
    const mismatches: AnchorMismatch[] = [];
    for (const user of await this.db.selectFrom('users').selectAll().execute()) {
      const event = byId.get(user.id);
      if (!event) mismatches.push({ type: 'user', id: user.id, label: user.username, seq: null });
      else if (event.anchor && event.anchor !== recordDigest(user as unknown as Record<string, unknown>))
        mismatches.push({ type: 'user', id: user.id, label: user.username, seq: Number(event.seq) });
    }
    return mismatches;
  }

  /** Events in chain order, page by page. */
  async *iterate(fromSeq = 1, pageSize = 1000): AsyncGenerator<ChainedEvent> {
    let next = fromSeq;
    for (;;) {
      // As written (sealed text stays sealed), so each hash is checked against the bytes it was made from.
      const rows = await this.db
        .withoutPlugins()
        .selectFrom('audit_events')
        .selectAll()
        .where('seq', '>=', next)
        .orderBy('seq')
        .limit(pageSize)
        .execute();
      for (const row of rows) yield toChained(row);
      if (rows.length < pageSize) return;
      next = Number(rows[rows.length - 1].seq) + 1;
    }
  }

  /** The newest events first, for the admin page. */
  async recent(
    limit: number,
    beforeSeq?: number,
    filter: { object_id?: string; actor_id?: string } = {},
  ): Promise<ChainedEvent[]> {
    let query = this.db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').limit(limit);
    if (beforeSeq) query = query.where('seq', '<', beforeSeq);
    if (filter.object_id) query = query.where('object_id', '=', filter.object_id);
    if (filter.actor_id) query = query.where('actor_id', '=', filter.actor_id);
    return (await query.execute()).map(toChained);
  }
}
