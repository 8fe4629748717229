import { connect, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import type { BusGaps, LiveBus } from '../core/notifications/live-bus.ts';
import type { VigieEvent } from '../core/notifications/vigie-event.ts';

const RETRY_MS = 5_000;

/**
 * Live events across instances over NATS: each stored event is published on one subject that every
 * started instance subscribes to, its own included, and pushed to its SSE clients. Core NATS
 * publish/subscribe is enough here: a live message is a nudge, the event itself is in PostgreSQL.
 * A server keeps trying to connect while NATS is down (its clients then see only their own
 * instance's events until it is back, and catch up on reconnection); once connected, the client
 * reconnects by itself. A command-line process connects once, on its first event, and gives up
 * quietly if NATS is not there.
 */
export class NatsLiveBus implements LiveBus {
  private deliver: (event: VigieEvent) => void = () => undefined;
  private gaps: BusGaps | undefined;
  private connection: Promise<NatsConnection> | undefined;
  private subscription: Subscription | undefined;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly servers: string,
    private readonly subject: string,
  ) {}

  listen(deliver: (event: VigieEvent) => void, gaps?: BusGaps): void {
    this.deliver = deliver;
    this.gaps = gaps;
  }

  /** Subscribes, retrying every few seconds until NATS answers; resolves once subscribed. */
  start(): Promise<void> {
    return new Promise((resolve) => {
      const attempt = () => {
        if (this.closed) return resolve();
        this.connect().then(
          (nc) => {
            this.subscribe(nc);
            resolve();
          },
          (error: Error) => {
            console.error(
              `vigie: NATS at ${this.servers} not reachable (${error.message}); live events stay in this instance, retrying`,
            );
            this.connection = undefined;
            this.retry = setTimeout(attempt, RETRY_MS);
            this.retry.unref();
          },
        );
      };
      attempt();
    });
  }

  async announce(event: VigieEvent): Promise<void> {
    const nc = this.closed ? undefined : await this.connect().catch(() => undefined);
    if (!nc) {
      // Not delivered across instances: at least this instance's clients get it.
      if (this.subscription === undefined) this.deliver(event);
      return;
    }
    nc.publish(this.subject, JSON.stringify(event));
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const nc = await this.connection?.catch(() => undefined);
    this.connection = undefined;
    if (nc && !nc.isClosed()) await nc.drain().catch(() => nc.close());
  }

  private connect(): Promise<NatsConnection> {
    this.connection ??= connect({
      servers: this.servers,
      name: 'vigie',
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1_000,
    });
    return this.connection;
  }

  private subscribe(nc: NatsConnection): void {
    if (this.subscription) return;
    const subscription = nc.subscribe(this.subject);
    this.subscription = subscription;
    // Messages published while NATS was away are lost (even those buffered by the client: the others
    // had not subscribed again yet); the streams fetch what they missed from the database.
    void (async () => {
      for await (const status of nc.status()) {
        if (status.type === 'disconnect') this.gaps?.gap();
        else if (status.type === 'reconnect') this.gaps?.resync();
      }
    })();
    void (async () => {
      for await (const message of subscription) {
        try {
          this.deliver(JSON.parse(message.string()) as VigieEvent);
        } catch (error) {
          console.error('vigie: a live event from NATS was not delivered', error);
        }
      }
    })();
  }
}
