import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';
import type { StoreKind } from './db.ts';

const CHECK_MS = 5_000;

export interface LeaseEvents {
  /** this instance now holds the role */
  lead: () => Promise<void>;
  /** it lost it (its database connection broke): another instance may hold it now */
  lose: () => Promise<void>;
}

/**
 * One role held by one instance at a time among those sharing a PostgreSQL database: a session-level
 * advisory lock on a connection kept for the purpose. PostgreSQL frees the lock when that connection
 * ends, so the role passes to another instance when its holder dies or loses the database. Each
 * instance tries every few seconds; the holder checks its connection as often and says when it lost it.
 * The embedded store has one process: it always holds the role.
 */
export class LeaderLease {
  private stopped = false;
  private release: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  leading = false;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly kind: StoreKind,
    private readonly role: string,
    private readonly checkMs = CHECK_MS,
  ) {}

  /** Starts contending; resolves after the first attempt (the role taken or not). */
  start(events: LeaseEvents): Promise<void> {
    if (this.loop) return Promise.resolve();
    let attempted!: () => void;
    const first = new Promise<void>((resolve) => {
      attempted = resolve;
    });
    this.loop = (this.kind === 'pglite' ? this.lead(events) : this.contend(events, attempted)).finally(attempted);
    if (this.kind === 'pglite') attempted();
    return first;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.release?.();
    await this.loop;
  }

  private async lead(events: LeaseEvents): Promise<void> {
    this.leading = true;
    await events.lead();
  }

  private async contend(events: LeaseEvents, attempted: () => void): Promise<void> {
    while (!this.stopped) {
      try {
        await this.db.connection().execute(async (connection) => {
          const { rows } = await sql<{
            held: boolean;
          }>`SELECT pg_try_advisory_lock(hashtext(${this.role})) AS held`.execute(connection);
          if (!rows[0]?.held) return attempted();
          this.leading = true;
          try {
            await events.lead();
            attempted();
            await this.holdWhileAlive(connection);
          } finally {
            this.leading = false;
            await events.lose();
            // A clean stop gives the role back at once; a broken connection has already lost it.
            await sql`SELECT pg_advisory_unlock(hashtext(${this.role}))`.execute(connection).catch(() => undefined);
          }
        });
      } catch (error) {
        attempted();
        if (!this.stopped)
          console.error(
            `vigie: the ${this.role} lease could not be taken or was lost (${(error as Error).message}); trying again`,
          );
      }
      if (!this.stopped)
        await new Promise<void>((resolve) => {
          this.release = resolve;
          setTimeout(resolve, this.checkMs).unref();
        });
    }
  }

  /** Returns when stopped; throws when the connection holding the lock breaks. */
  private async holdWhileAlive(connection: Kysely<DB>): Promise<void> {
    while (!this.stopped) {
      await new Promise<void>((resolve) => {
        this.release = resolve;
        setTimeout(resolve, this.checkMs).unref();
      });
      if (!this.stopped) await sql`SELECT 1`.execute(connection);
    }
  }
}
