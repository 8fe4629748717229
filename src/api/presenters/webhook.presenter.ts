import { z } from '@hono/zod-openapi';
import type { DeliveryWithAttempts } from '../../core/notifications/webhook.service.ts';
import type { MailSubscriptionRow, WebhookSubscriptionRow } from '../../store/schema.ts';

const subscribed = {
  event_types: z.array(z.string()),
  min_severity: z.string(),
  enabled: z.boolean(),
  owner_org_id: z.string(),
  created_at: z.string(),
};

export const webhookSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    url: z.string(),
    secret_prefix: z.string().openapi({ description: "the secret's first characters, to recognise it" }),
    ...subscribed,
    created_by: z.string().nullable(),
  })
  .openapi('Webhook');
export type Webhook = z.infer<typeof webhookSchema>;

export const deliverySchema = z
  .object({
    id: z.string().uuid(),
    webhook_id: z.string().uuid(),
    event_id: z.string(),
    event_type: z.string(),
    event_title: z.string(),
    state: z.enum(['pending', 'delivered', 'dead']),
    attempts: z.number().int(),
    next_attempt_at: z.string().nullable(),
    last_status: z.number().int().nullable(),
    last_error: z.string().nullable(),
    delivered_at: z.string().nullable(),
    created_at: z.string(),
    log: z.array(
      z.object({
        attempt: z.number().int(),
        at: z.string(),
        status: z.number().int().nullable(),
        error: z.string().nullable(),
        duration_ms: z.number(),
      }),
    ),
  })
  .openapi('WebhookDelivery');
export type Delivery = z.infer<typeof deliverySchema>;

export const mailSubscriptionSchema = z
  .object({ id: z.string().uuid(), address: z.string(), user_id: z.string().nullable(), ...subscribed })
  .openapi('MailSubscription');
export type MailSubscription = z.infer<typeof mailSubscriptionSchema>;

/** A webhook without its secret (only its first characters, to recognise it). */
export function presentWebhook(row: WebhookSubscriptionRow): Webhook {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    secret_prefix: row.secret_prefix,
    event_types: row.event_types,
    min_severity: row.min_severity,
    enabled: row.enabled,
    owner_org_id: row.owner_org_id,
    created_by: row.created_by,
    created_at: row.created_at.toISOString(),
  };
}

/** A delivery of an event to a webhook, with the log of its attempts. */
export function presentDelivery(row: DeliveryWithAttempts): Delivery {
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

export function presentMailSubscription(row: MailSubscriptionRow): MailSubscription {
  return {
    id: row.id,
    address: row.address,
    user_id: row.user_id,
    event_types: row.event_types,
    min_severity: row.min_severity,
    enabled: row.enabled,
    owner_org_id: row.owner_org_id,
    created_at: row.created_at.toISOString(),
  };
}
