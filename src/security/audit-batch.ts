/**
 * Repeated reads of the same page, audited in batches (issue 19): a list page holding a RED or
 * compartmented record appended a committed, chained audit event on every request (a transaction under
 * the audit lock each time, 2,029 in a 20-second bench run). The same reader reading the same page of
 * the same records again within `flushMs` is one event, which says how many reads it stands for and
 * when the first and last were made. Events go through `append` (the chained trail), so the chain
 * stays whole; `close` writes what is pending, so a clean stop loses nothing. A crash loses at most
 * `flushMs` of list reads (single-record reads are not batched: they are written with the request).
 */
import { canonicalJson } from './audit-chain.ts';

/** How long repeated list reads wait before their event is written. */
export const AUDIT_BATCH_MS = 3_000;

export interface BatchedAuditEvent {
  actor_id: string | null;
  actor: string;
  action: string;
  object_type?: string | null;
  object_id?: string | null;
  details: Record<string, unknown>;
  address?: string | null;
}

interface Pending {
  event: BatchedAuditEvent;
  reads: number;
  first: Date;
  last: Date;
}

export interface AuditBatcherOptions {
  flushMs?: number;
  now?: () => Date;
  /** told when a batch could not be written (it is kept and tried again at the next flush) */
  onError?: (error: unknown) => void;
}

export class AuditBatcher {
  private pending = new Map<string, Pending>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private closed = false;
  readonly flushMs: number;
  private readonly now: () => Date;

  constructor(
    private readonly append: (event: BatchedAuditEvent) => Promise<unknown>,
    private readonly options: AuditBatcherOptions = {},
  ) {
    this.flushMs = options.flushMs ?? AUDIT_BATCH_MS;
    this.now = options.now ?? (() => new Date());
  }

  /** Counts one read; the same reader, address, action and details within the while are one event. */
  record(event: BatchedAuditEvent): void {
    const at = this.now();
    const key = canonicalJson([
      event.actor_id,
      event.actor,
      event.address ?? null,
      event.action,
      event.object_type ?? null,
      event.object_id ?? null,
      event.details,
    ]);
    const kept = this.pending.get(key);
    if (kept) {
      kept.reads += 1;
      kept.last = at;
    } else this.pending.set(key, { event, reads: 1, first: at, last: at });
    if (this.closed) {
      void this.flush();
      return;
    }
    if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.flush();
      }, this.flushMs);
      this.timer.unref();
    }
  }

  /** Reads counted and not yet written. */
  get size(): number {
    return this.pending.size;
  }

  /** Writes every pending batch as one event each, in the order they were first read. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writePending());
    return this.flushing;
  }

  private async writePending(): Promise<void> {
    if (this.pending.size === 0) return;
    const batches = this.pending;
    this.pending = new Map();
    const failed: Array<[string, Pending]> = [];
    let lastError: unknown;
    for (const [key, batch] of batches) {
      try {
        await this.append({
          ...batch.event,
          details: {
            ...batch.event.details,
            reads: batch.reads,
            first_read_at: batch.first.toISOString(),
            last_read_at: batch.last.toISOString(),
          },
        });
      } catch (error) {
        failed.push([key, batch]);
        lastError = error;
      }
    }
    if (failed.length === 0) return;
    // Kept for the next flush, merged with reads counted meanwhile.
    for (const [key, batch] of failed) {
      const newer = this.pending.get(key);
      if (newer) {
        newer.reads += batch.reads;
        newer.first = batch.first;
      } else this.pending.set(key, batch);
    }
    this.options.onError?.(lastError);
    if (!this.closed && !this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.flush();
      }, this.flushMs);
      this.timer.unref();
    }
  }

  /** Writes what is pending and stops waiting: later reads are written at once. Throws if a batch could not be written. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.flush();
    if (this.pending.size > 0) {
      // One more try, then say so: the store is going away.
      await this.flush();
      if (this.pending.size > 0) throw new Error(`${this.pending.size} batched audit event(s) could not be written`);
    }
  }
}
