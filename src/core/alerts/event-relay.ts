import { randomUUID } from 'node:crypto';
import type { EventPublisher, VigieEvent, VigieEventInput } from '../notifications/vigie-event.ts';

/**
 * The publisher the alert, posture and task services are given: it hands each event to the
 * publishers attached to it (the notification service, a test's recorder). With none attached the
 * event is only numbered, so the producers run the same with or without notifications.
 */
export class EventRelay implements EventPublisher {
  private readonly targets: EventPublisher[] = [];
  private sequence = 0;

  /** Adds a publisher; returns a function that detaches it. */
  attach(target: EventPublisher): () => void {
    this.targets.push(target);
    return () => {
      this.targets.splice(this.targets.indexOf(target), 1);
    };
  }

  async publish(event: VigieEventInput): Promise<VigieEvent> {
    let published: VigieEvent | undefined;
    for (const target of this.targets) {
      const result = await target.publish(event);
      published ??= result;
    }
    this.sequence += 1;
    return published ?? { ...event, id: randomUUID(), occurredAt: new Date().toISOString(), sequence: this.sequence };
  }
}
