import type { VigieEvent } from './vigie-event.ts';

/**
 * How an event stored by one process reaches the live streams (SSE clients) of every process.
 * In process by default; through NATS when several instances share one PostgreSQL
 * (src/messaging/nats-live-bus.ts). Losing a live message loses nothing: the event is in the
 * database, and a client reconnecting with Last-Event-ID is sent what it missed.
 */
/** What a bus says when its link to the others breaks and comes back (live messages may be lost between). */
export interface BusGaps {
  /** the link broke: what is announced from now on may not arrive */
  gap(): void;
  /** it is back: the streams fetch from the database what they may have missed */
  resync(): void;
}

export interface LiveBus {
  /** Where events announced anywhere are delivered in this process, and where gaps are told. */
  listen(deliver: (event: VigieEvent) => void, gaps?: BusGaps): void;
  /** Starts delivering (a server); a process that only publishes never starts it. */
  start(): Promise<void>;
  /** Tells every process (this one included, once started) about a stored event. */
  announce(event: VigieEvent): Promise<void>;
  close(): Promise<void>;
}

/** The embedded default: one process, so announcing is delivering. */
export class InProcessBus implements LiveBus {
  private deliver: (event: VigieEvent) => void = () => undefined;
  listen(deliver: (event: VigieEvent) => void): void {
    this.deliver = deliver;
  }
  async start(): Promise<void> {}
  async announce(event: VigieEvent): Promise<void> {
    this.deliver(event);
  }
  async close(): Promise<void> {}
}
