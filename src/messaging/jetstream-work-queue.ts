import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';
import {
  AckPolicy,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import type { SubmitOptions, WorkHandler, WorkKind, WorkPayload, WorkQueue } from '../core/work/work-queue.ts';

const RETRY_MS = 5_000;
const DAY_MS = 86_400_000;
/** waits before each new try of a message no stream answered */
const NO_STREAM_RETRIES_MS = [100, 400, 1_500];

export interface JetStreamWorkOptions {
  /** how long a message may stay unacknowledged before JetStream gives it to another instance */
  ackWaitMs?: number;
  /** deliveries of one message before it is given up (logged; the kind's sweep still finds its work) */
  maxDeliver?: number;
}

/**
 * Vigie's work as a JetStream work-queue stream: one subject per kind, one durable pull consumer per
 * kind shared by every instance that serves it, so each message goes to one instance. A message is
 * acknowledged when its work is done; an instance that dies with work in hand leaves it
 * unacknowledged, and JetStream gives it to another after `ackWaitMs` (long work says it is still
 * working). Keys become JetStream message ids: a key submitted twice within the stream's duplicate
 * window is stored once. The stream is file-backed: queued work survives a NATS restart.
 */
export class JetStreamWorkQueue implements WorkQueue {
  readonly transport = 'jetstream';
  private connection: Promise<NatsConnection> | undefined;
  private setup: Promise<{ js: JetStreamClient; jsm: JetStreamManager }> | undefined;
  private consumers = new Map<WorkKind, ConsumerMessages>();
  private inHand = new Set<Promise<void>>();
  private closed = false;
  private readonly ackWaitMs: number;
  private readonly maxDeliver: number;

  constructor(
    private readonly servers: string,
    private readonly stream: string,
    options: JetStreamWorkOptions = {},
  ) {
    this.ackWaitMs = options.ackWaitMs ?? 60_000;
    this.maxDeliver = options.maxDeliver ?? 20;
  }

  subject(kind: WorkKind): string {
    return `${this.stream.toLowerCase()}.${kind}`;
  }

  async submit(kind: WorkKind, payload: WorkPayload = {}, options: SubmitOptions = {}): Promise<void> {
    if (this.closed) return;
    const data = JSON.stringify(payload);
    const publish = options.key ? { msgID: `${kind}:${options.key}` } : undefined;
    for (let attempt = 0; ; attempt += 1) {
      try {
        const { js } = await this.ready();
        await js.publish(this.subject(kind), data, publish);
        return;
      } catch (error) {
        // No stream answered the subject: JetStream still restoring its streams after a restart, or
        // the stream gone (a NATS started on an empty store). The stream is made again and the
        // message sent again, a few times; the message id keeps a repeat from being stored twice.
        if ((error as Error).name === 'JetStreamNotEnabled' && attempt < NO_STREAM_RETRIES_MS.length) {
          this.setup = undefined;
          await new Promise((resolve) => setTimeout(resolve, NO_STREAM_RETRIES_MS[attempt]));
          continue;
        }
        // The work's truth is in the database: the kind's periodic sweep finds it when NATS is back.
        console.error(
          `vigie: ${kind} work not queued on NATS (${(error as Error).message}); it waits for the next sweep`,
        );
        return;
      }
    }
  }

  async serve(kind: WorkKind, handler: WorkHandler): Promise<void> {
    void this.consumeLoop(kind, handler);
  }

  /** Stops taking work of a kind (an instance that loses the detector lease); work in hand finishes. */
  async unserve(kind: WorkKind): Promise<void> {
    const messages = this.consumers.get(kind);
    this.consumers.delete(kind);
    await messages?.close().catch(() => undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.consumers.keys()].map((kind) => this.unserve(kind)));
    await Promise.all(this.inHand);
    const nc = await this.connection?.catch(() => undefined);
    this.connection = undefined;
    if (nc && !nc.isClosed()) await nc.drain().catch(() => nc.close());
  }

  private ready(): Promise<{ js: JetStreamClient; jsm: JetStreamManager }> {
    this.setup ??= (async () => {
      this.connection ??= connect({
        servers: this.servers,
        name: 'vigie-work',
        maxReconnectAttempts: -1,
        reconnectTimeWait: 1_000,
      });
      const nc = await this.connection;
      const jsm = await jetstreamManager(nc);
      await jsm.streams.info(this.stream).catch(() =>
        jsm.streams.add({
          name: this.stream,
          subjects: [`${this.stream.toLowerCase()}.>`],
          retention: RetentionPolicy.Workqueue,
          storage: StorageType.File,
          duplicate_window: nanos(120_000),
          max_age: nanos(7 * DAY_MS),
        }),
      );
      return { js: jetstream(nc), jsm };
    })();
    // A failed setup (NATS down at start) is tried again on the next call.
    this.setup.catch(() => {
      this.setup = undefined;
      this.connection = undefined;
    });
    return this.setup;
  }

  /** Takes the kind's messages one at a time for as long as the queue is open, reconnecting as needed. */
  private async consumeLoop(kind: WorkKind, handler: WorkHandler): Promise<void> {
    let served = false;
    while (!this.closed) {
      try {
        const { js, jsm } = await this.ready();
        const durable = `${this.stream}_${kind}`;
        const config = {
          durable_name: durable,
          filter_subject: this.subject(kind),
          ack_policy: AckPolicy.Explicit,
          ack_wait: nanos(this.ackWaitMs),
          max_deliver: this.maxDeliver,
        };
        await jsm.consumers.add(this.stream, config).catch(() => jsm.consumers.update(this.stream, durable, config));
        const messages = await (await js.consumers.get(this.stream, durable)).consume({ max_messages: 1 });
        if (this.closed) {
          await messages.close();
          return;
        }
        this.consumers.set(kind, messages);
        served = true;
        for await (const message of messages) {
          const work = this.handle(kind, message, handler);
          this.inHand.add(work);
          await work;
          this.inHand.delete(work);
        }
        // The iterator ends when the consumer is closed: unserved or closed, not an error.
        if (!this.consumers.has(kind) || this.consumers.get(kind) !== messages) return;
      } catch (error) {
        if (this.closed || (served && !this.consumers.has(kind))) return;
        console.error(`vigie: ${kind} work consumer on NATS failed (${(error as Error).message}); retrying`);
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS).unref());
    }
  }

  private async handle(kind: WorkKind, message: JsMsg, handler: WorkHandler): Promise<void> {
    // Long work (an import) tells JetStream it is alive, so the message is not given to another instance.
    const heartbeat = setInterval(() => message.working(), Math.max(1_000, this.ackWaitMs / 3));
    try {
      await handler(JSON.parse(message.string()) as WorkPayload);
      message.ack();
    } catch (error) {
      console.error(`vigie: ${kind} work failed (delivery ${message.info.deliveryCount}); it will be retried`, error);
      message.nak(Math.min(60_000, 1_000 * 2 ** message.info.deliveryCount));
    } finally {
      clearInterval(heartbeat);
    }
  }
}
