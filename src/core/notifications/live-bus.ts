import type { VigieEvent } from './vigie-event.ts';

/**
 * How an event stored by one process reaches the live streams (SSE clients) of every process.
 * In process by default; through NATS when several instances share one PostgreSQL
 * (src/messaging/nats-live-bus.ts). Losing a live message loses nothing: the event is in the
 * database, and a client reconnecting with Last-Event-ID is sent what it missed.
 */
export interface LiveBus {
  /** Where events announced anywhere are delivered in this process. */
  listen(deliver: (event: VigieEvent) => void): void;
  /** Starts delivering (a server); a process that only publishes never starts it. */
  start(): Promise<void>;
  /** Tells every process (this one included, once started) about a stored event. */
  announce(event: VigieEvent): Promise<void>;
  close(): Promise<void>;
}

/** The embedded default: one process, so announcing is delivering. */
export class InProcessBus implements LiveBus {
  private deliver: (event: VigieEvent) => void = () => undefined;
  listen(deliver: (event: VigieEvent) => void): void { this.deliver = deliver; }
  async start(): Promise<void> {}
  async announce(event: VigieEvent): Promise<void> { this.deliver(event); }
  async close(): Promise<void> {}
}
