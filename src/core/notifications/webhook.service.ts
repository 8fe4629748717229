import { actorOf } from '../shared/caller.ts';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AuditRepository } from '../../store/audit.repository.ts';
import type {
  MailSubscriptionRow,
  WebhookDeliveryAttemptRow,
  WebhookDeliveryRow,
  WebhookSubscriptionRow,
} from '../../store/schema.ts';
import type { SubscriptionRepository } from '../../store/subscription.repository.ts';
import { authorize } from '../access/access.ts';
import { forbidden } from '../shared/errors.ts';
import type { IdentityRepository } from '../../store/identity.repository.ts';
import type { Caller } from '../shared/caller.ts';
import { checkFetchTarget } from '../../security/fetch-guard.ts';
import { notFound, VigieError } from '../shared/errors.ts';
import type { MailSubscriptionInput, WebhookInput, WebhookPatch } from './notification.schema.ts';
import type { NotificationService } from './notification.service.ts';

/** What the webhook and e-mail subscription use cases need. */
export interface SubscriptionDeps {
  subscriptions: SubscriptionRepository;
  notifications: NotificationService;
  identity: IdentityRepository;
  audit: AuditRepository;
  sealer: { seal(text: string): string };
}

export type DeliveryWithAttempts = WebhookDeliveryRow & {
  event_type: string;
  event_title: string;
  attempts_log: WebhookDeliveryAttemptRow[];
};

function mayConfigure(caller: Caller): void {
  const decision = authorize(caller.principal, { kind: 'configure-notifications' });
  if (!decision.allowed) throw forbidden(decision.reason);
}

/** Administrators see every organisation's subscriptions; supervisors their own organisation's. */
const scopeOf = (caller: Caller) =>
  authorize(caller.principal, { kind: 'see-all-webhooks' }).allowed ? undefined : caller.principal.organisationId;

function owned<T extends { owner_org_id: string }>(caller: Caller, row: T | undefined, kind: string, id: string): T {
  const scope = scopeOf(caller);
  if (!row || (scope && row.owner_org_id !== scope)) throw notFound(kind, id);
  return row;
}

/** Adds a webhook for the caller's organisation; its signing secret is returned here only. */
export async function addWebhook(
  deps: SubscriptionDeps,
  caller: Caller,
  input: WebhookInput,
): Promise<{ secret: string; webhook: WebhookSubscriptionRow }> {
  mayConfigure(caller);
  await checkFetchTarget(input.url, 'url');
  const secret = `vwh_${randomBytes(24).toString('base64url')}`;
  const webhook = await deps.subscriptions.insertWebhook({
    id: randomUUID(),
    ...input,
    secret_sealed: deps.sealer.seal(secret),
    secret_prefix: secret.slice(0, 8),
    owner_org_id: caller.principal.organisationId,
    created_by: caller.principal.system ? null : caller.principal.userId,
  });
  await deps.audit.append({
    ...actorOf(caller),
    action: 'webhook.add',
    object_type: 'webhook',
    object_id: webhook.id,
    details: { url: webhook.url, event_types: webhook.event_types },
  });
  return { secret, webhook };
}

export async function listWebhooks(deps: SubscriptionDeps, caller: Caller): Promise<WebhookSubscriptionRow[]> {
  mayConfigure(caller);
  return deps.subscriptions.listWebhooks(scopeOf(caller));
}

export async function getWebhook(deps: SubscriptionDeps, caller: Caller, id: string): Promise<WebhookSubscriptionRow> {
  mayConfigure(caller);
  return owned(caller, await deps.subscriptions.findWebhook(id), 'webhook', id);
}

export async function updateWebhook(
  deps: SubscriptionDeps,
  caller: Caller,
  id: string,
  patch: WebhookPatch,
): Promise<WebhookSubscriptionRow> {
  await getWebhook(deps, caller, id);
  if (patch.url !== undefined) await checkFetchTarget(patch.url, 'url');
  const updated = (await deps.subscriptions.updateWebhook(id, patch))!;
  await deps.audit.append({
    ...actorOf(caller),
    action: 'webhook.update',
    object_type: 'webhook',
    object_id: id,
    details: { fields: Object.keys(patch).sort() },
  });
  return updated;
}

export async function removeWebhook(deps: SubscriptionDeps, caller: Caller, id: string): Promise<void> {
  const webhook = await getWebhook(deps, caller, id);
  await deps.subscriptions.removeWebhook(id);
  await deps.audit.append({
    ...actorOf(caller),
    action: 'webhook.remove',
    object_type: 'webhook',
    object_id: id,
    details: { url: webhook.url },
  });
}

/** The latest deliveries of a webhook, newest first, each with its attempts. */
export async function webhookDeliveries(
  deps: SubscriptionDeps,
  caller: Caller,
  id: string,
  options: { limit: number; state?: string },
): Promise<DeliveryWithAttempts[]> {
  await getWebhook(deps, caller, id);
  const deliveries = await deps.subscriptions.deliveriesOf(id, options.limit, options.state);
  const attempts = await deps.subscriptions.attemptsOf(deliveries.map((d) => d.id));
  return deliveries.map((delivery) => ({
    ...delivery,
    attempts_log: attempts.filter((a) => a.delivery_id === delivery.id),
  }));
}

/** Sends a delivered or dead delivery again, from a fresh count of attempts. */
export async function redeliver(
  deps: SubscriptionDeps,
  caller: Caller,
  deliveryId: string,
): Promise<WebhookDeliveryRow> {
  mayConfigure(caller);
  const delivery = await deps.subscriptions.findDelivery(deliveryId);
  if (!delivery) throw notFound('delivery', deliveryId);
  await getWebhook(deps, caller, delivery.subscription_id).catch(() => {
    throw notFound('delivery', deliveryId);
  });
  const again = await deps.subscriptions.redeliver(deliveryId, new Date());
  if (!again)
    throw new VigieError(
      'delivery_pending',
      'this delivery is still pending: it will be attempted again by itself',
      409,
    );
  await deps.audit.append({
    ...actorOf(caller),
    action: 'webhook.redeliver',
    object_type: 'webhook_delivery',
    object_id: deliveryId,
    details: { webhook: delivery.subscription_id },
  });
  deps.notifications.dispatcher.wake();
  return again;
}

/** Sends a ping event to a webhook now; returns the delivery id to follow. */
export async function testWebhook(deps: SubscriptionDeps, caller: Caller, id: string): Promise<string> {
  const webhook = await getWebhook(deps, caller, id);
  return deps.notifications.ping(webhook, caller);
}

export async function listMailSubscriptions(deps: SubscriptionDeps, caller: Caller): Promise<MailSubscriptionRow[]> {
  mayConfigure(caller);
  return deps.subscriptions.listMailSubscriptions(scopeOf(caller));
}

export async function addMailSubscription(
  deps: SubscriptionDeps,
  caller: Caller,
  input: MailSubscriptionInput,
): Promise<MailSubscriptionRow> {
  mayConfigure(caller);
  if (input.user_id) {
    const user = await deps.identity.findUserById(input.user_id);
    if (!user || (scopeOf(caller) && user.organisation_id !== caller.principal.organisationId)) {
      throw new VigieError('unknown_user', 'no such user in your organisation', 400, [
        { path: 'user_id', message: 'unknown user' },
      ]);
    }
  }
  const subscription = await deps.subscriptions.insertMailSubscription({
    id: randomUUID(),
    address: input.address,
    user_id: input.user_id ?? null,
    event_types: input.event_types,
    min_severity: input.min_severity,
    enabled: true,
    owner_org_id: caller.principal.organisationId,
    created_by: caller.principal.system ? null : caller.principal.userId,
  });
  await deps.audit.append({
    ...actorOf(caller),
    action: 'mail_subscription.add',
    object_type: 'mail_subscription',
    object_id: subscription.id,
    details: { address: subscription.address },
  });
  return subscription;
}

export async function removeMailSubscription(deps: SubscriptionDeps, caller: Caller, id: string): Promise<void> {
  mayConfigure(caller);
  owned(caller, await deps.subscriptions.findMailSubscription(id), 'mail subscription', id);
  await deps.subscriptions.removeMailSubscription(id);
  await deps.audit.append({
    ...actorOf(caller),
    action: 'mail_subscription.remove',
    object_type: 'mail_subscription',
    object_id: id,
    details: {},
  });
}
