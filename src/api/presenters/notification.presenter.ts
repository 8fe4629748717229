import { z } from '@hono/zod-openapi';
import { subjectPath } from '../../core/notifications/notification.ts';
import { EVENT_TYPES, SEVERITIES, type VigieEvent } from '../../core/notifications/vigie-event.ts';
import type { DeliveryWithAttempts } from '../../core/notifications/webhook.service.ts';
import type { MailSubscriptionRow, WebhookSubscriptionRow } from '../../store/schema.ts';

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
    marking: z.string(),
    link: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
  })
  .openapi('VigieEvent');
export type EventView = z.infer<typeof eventSchema>;

/** One event in the notification centre: the event and whether the reader has read it. */
export const notificationSchema = eventSchema.extend({ read: z.boolean() }).openapi('Notification');

const severity = z.enum(SEVERITIES);

export const webhookSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    url: z.string(),
    secret_prefix: z.string(),
    event_types: z.array(z.string()),
    min_severity: severity,
    enabled: z.boolean(),
    owner_org_id: z.string(),
    created_by: z.string().nullable(),
    created_at: z.string().datetime(),
  })
  .openapi('Webhook');

export const deliverySchema = z
  .object({
    id: z.string(),
    webhook_id: z.string(),
    event_id: z.string(),
    event_type: z.string(),
    event_title: z.string(),
    state: z.enum(['pending', 'delivered', 'dead']),
    attempts: z.number().int(),
    next_attempt_at: z.string().datetime().nullable(),
    last_status: z.number().int().nullable(),
    last_error: z.string().nullable(),
    delivered_at: z.string().datetime().nullable(),
    created_at: z.string().datetime(),
    log: z.array(
      z.object({
        attempt: z.number().int(),
        at: z.string().datetime(),
        status: z.number().int().nullable(),
        error: z.string().nullable(),
        duration_ms: z.number(),
      }),
    ),
  })
  .openapi('WebhookDelivery');

export const mailSubscriptionSchema = z
  .object({
    id: z.string(),
    address: z.string(),
    user_id: z.string().nullable(),
    event_types: z.array(z.string()),
    min_severity: severity,
    enabled: z.boolean(),
    owner_org_id: z.string(),
    created_at: z.string().datetime(),
  })
  .openapi('MailSubscription');

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
    marking: event.access.marking,
    link: subjectPath(event.type, event.subjectId),
    data: event.payload,
  };
}

/** A webhook without its secret (only its first characters, to recognise it). */
export function presentWebhook(row: WebhookSubscriptionRow): z.infer<typeof webhookSchema> {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    secret_prefix: row.secret_prefix,
    event_types: row.event_types,
    min_severity: row.min_severity as z.infer<typeof severity>,
    enabled: row.enabled,
    owner_org_id: row.owner_org_id,
    created_by: row.created_by,
    created_at: row.created_at.toISOString(),
  };
}

export function presentDelivery(row: DeliveryWithAttempts): z.infer<typeof deliverySchema> {
  return {
    id: row.id,
    webhook_id: row.subscription_id,
    event_id: row.event_id,
    event_type: row.event_type,
    event_title: row.event_title,
    state: row.state,
    attempts: row.attempts,
    next_attempt_at: row.state === 'pending' ? new Date(row.next_attempt_at).toISOString() : null,
    last_status: row.last_status,
    last_error: row.last_error,
    delivered_at: row.delivered_at ? new Date(row.delivered_at).toISOString() : null,
    created_at: row.created_at.toISOString(),
    log: row.attempts_log.map((a) => ({
      attempt: a.attempt,
      at: a.at.toISOString(),
      status: a.status,
      error: a.error,
      duration_ms: a.duration_ms,
    })),
  };
}

export function presentMailSubscription(row: MailSubscriptionRow): z.infer<typeof mailSubscriptionSchema> {
  return {
    id: row.id,
    address: row.address,
    user_id: row.user_id,
    event_types: row.event_types,
    min_severity: row.min_severity as z.infer<typeof severity>,
    enabled: row.enabled,
    owner_org_id: row.owner_org_id,
    created_at: row.created_at.toISOString(),
  };
}
