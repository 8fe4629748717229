import { subjectPath } from '../../core/notifications/notification.ts';
import type { VigieEvent } from '../../core/notifications/vigie-event.ts';
import type { DeliveryWithAttempts } from '../../core/notifications/webhook.service.ts';
import type { MailSubscriptionRow, WebhookSubscriptionRow } from '../../store/schema.ts';

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

/** A webhook without its secret (only its first characters, to recognise it). */
export function presentWebhook(row: WebhookSubscriptionRow) {
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

export function presentDelivery(row: DeliveryWithAttempts) {
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

export function presentMailSubscription(row: MailSubscriptionRow) {
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
