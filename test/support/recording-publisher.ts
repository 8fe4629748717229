import { randomUUID } from 'node:crypto';
import type {
  EventPublisher,
  VigieEvent,
  VigieEventInput,
  VigieEventType,
} from '../../src/core/notifications/vigie-event.ts';

/** An EventPublisher that keeps every event it is given, for tests to read back. */
export class RecordingPublisher implements EventPublisher {
  readonly events: VigieEvent[] = [];

  async publish(event: VigieEventInput): Promise<VigieEvent> {
    const stored: VigieEvent = {
      ...event,
      id: randomUUID(),
      occurredAt: new Date().toISOString(),
      sequence: this.events.length + 1,
    };
    this.events.push(stored);
    return stored;
  }

  ofType(type: VigieEventType): VigieEvent[] {
    return this.events.filter((event) => event.type === type);
  }
}
