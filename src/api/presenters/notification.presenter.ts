import { subjectPath } from '../../core/notifications/notification.ts';
import type { VigieEvent } from '../../core/notifications/vigie-event.ts';

/** An event as the stream sends it and the centre lists it: the same fields webhooks receive, plus the subject's page. */
export function presentEvent(event: VigieEvent) {
  return {
    id: event.id,
    type: event.type,
    sequence: event.sequence,
    occurred_at: event.occurredAt,
    severity: event.severity,
    subject_id: event.subjectId,
    title: event.title,
    title_en: event.titleEn ?? null,
    marking: event.access.marking,
    link: subjectPath(event.type, event.subjectId),
    data: event.payload,
  };
}
