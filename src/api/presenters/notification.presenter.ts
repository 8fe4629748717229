import { asMarking } from '../../core/shared/principal.ts';
import { markingSchema } from './schema-parts.ts';
import { z } from '@hono/zod-openapi';
import { subjectPath } from '../../core/notifications/notification.ts';
import { EVENT_TYPES, SEVERITIES, type VigieEvent } from '../../core/notifications/vigie-event.ts';

export const eventSchema = z
  .object({
    id: z.string(),
    type: z.enum(EVENT_TYPES),
    sequence: z.number().int(),
    occurred_at: z.string().datetime(),
    severity: z.enum(SEVERITIES),
    subject_id: z.string(),
    title: z.string(),
    title_en: z.string().nullable(),
    marking: markingSchema,
    link: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
  })
  .openapi('VigieEvent');
export type EventView = z.infer<typeof eventSchema>;

/** One event in the notification centre: the event and whether the reader has read it. */
export const notificationSchema = eventSchema.extend({ read: z.boolean() }).openapi('Notification');

/** An event as the stream sends it and the centre lists it: the same fields webhooks receive, plus the subject's page. */
export function presentEvent(event: VigieEvent): EventView {
  return {
    id: event.id,
    type: event.type,
    sequence: event.sequence,
    occurred_at: event.occurredAt,
    severity: event.severity,
    subject_id: event.subjectId,
    title: event.title,
    title_en: event.titleEn ?? null,
    marking: asMarking(event.access.marking),
    link: subjectPath(event.type, event.subjectId),
    data: event.payload,
  };
}
