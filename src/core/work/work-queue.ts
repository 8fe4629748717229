/**
 * Work that any instance may do: the kinds of background work Vigie queues, and the queue they go
 * through. In one process (the embedded default) the queue runs the work in process; with
 * `VIGIE_NATS_URL` it is a JetStream work queue shared by all instances (src/messaging/jetstream-work-queue.ts).
 *
 * Every kind's effect is idempotent and its truth is in the database (incidents not yet analysed,
 * deliveries due, feeds due, import jobs queued): a message says "there is work", so a message
 * delivered twice changes nothing twice, and a message lost while NATS was down is found again by the
 * periodic sweep each kind keeps.
 */

export const WORK_KINDS = ['detect', 'deliver', 'feed', 'import'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export type WorkPayload = Record<string, unknown>;
export type WorkHandler = (payload: WorkPayload) => Promise<void>;

export interface SubmitOptions {
  /** work submitted again with the same key while the first is still queued is dropped */
  key?: string;
}

export interface WorkQueue {
  /** Queues work of a kind; resolves once it is queued (durably, on JetStream). */
  submit(kind: WorkKind, payload?: WorkPayload, options?: SubmitOptions): Promise<void>;
  /** This instance takes work of the kind from now on (all instances serving a kind share its work). */
  serve(kind: WorkKind, handler: WorkHandler): Promise<void>;
  /** This instance stops taking work of the kind (it lost the detector lease); work in hand finishes. */
  unserve(kind: WorkKind): Promise<void>;
  /** Stops taking work; waits for the work in hand. */
  close(): Promise<void>;
  /** how the work travels, for the status page */
  readonly transport: 'in-process' | 'jetstream';
}

/**
 * The queue of one process: each kind's work runs one item at a time, in order; an item queued again
 * under a key already waiting is dropped. Work submitted for a kind nobody serves waits until someone does.
 */
export class LocalWorkQueue implements WorkQueue {
  readonly transport = 'in-process';
  private handlers = new Map<WorkKind, WorkHandler>();
  private chains = new Map<WorkKind, Promise<void>>();
  private waiting = new Map<WorkKind, Array<{ payload: WorkPayload; key?: string }>>();
  private queuedKeys = new Set<string>();
  private closed = false;

  async submit(kind: WorkKind, payload: WorkPayload = {}, options: SubmitOptions = {}): Promise<void> {
    if (this.closed) return;
    const key = options.key === undefined ? undefined : `${kind}:${options.key}`;
    if (key !== undefined && this.queuedKeys.has(key)) return;
    if (key !== undefined) this.queuedKeys.add(key);
    if (!this.handlers.has(kind)) {
      this.waiting.set(kind, [...(this.waiting.get(kind) ?? []), { payload, key }]);
      return;
    }
    this.run(kind, payload, key);
  }

  async serve(kind: WorkKind, handler: WorkHandler): Promise<void> {
    this.handlers.set(kind, handler);
    for (const item of this.waiting.get(kind) ?? []) this.run(kind, item.payload, item.key);
    this.waiting.delete(kind);
  }

  async unserve(kind: WorkKind): Promise<void> {
    this.handlers.delete(kind);
  }

  /** Resolves when every item queued so far of the kind (or of all kinds) is done. */
  async idle(kind?: WorkKind): Promise<void> {
    await Promise.all(kind ? [this.chains.get(kind)] : [...this.chains.values()]);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.idle();
  }

  private run(kind: WorkKind, payload: WorkPayload, key: string | undefined): void {
    const work = async () => {
      if (key !== undefined) this.queuedKeys.delete(key);
      const handler = this.handlers.get(kind);
      // Unserved while it waited: it waits for the next server of its kind.
      if (handler) await handler(payload);
      else this.waiting.set(kind, [...(this.waiting.get(kind) ?? []), { payload, key }]);
    };
    const next = (this.chains.get(kind) ?? Promise.resolve()).then(work).catch((error) => {
      console.error(`vigie: ${kind} work failed`, error);
    });
    this.chains.set(kind, next);
  }
}
