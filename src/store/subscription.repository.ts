import type { Kysely, Updateable } from 'kysely';
import type {
  DB,
  MailOutboxRow,
  MailSubscriptionRow,
  WebhookDeliveryAttemptRow,
  WebhookDeliveryRow,
  WebhookSubscriptionRow,
  WebhookSubscriptionTable,
} from './schema.ts';

export type NewWebhook = Omit<WebhookSubscriptionRow, 'created_at'>;
export type WebhookChanges = Partial<
  Pick<WebhookSubscriptionRow, 'name' | 'url' | 'event_types' | 'min_severity' | 'enabled'>
>;
export type NewMailSubscription = Omit<MailSubscriptionRow, 'created_at'>;
export type NewMail = Pick<MailOutboxRow, 'id' | 'subscription_id' | 'event_id' | 'recipient' | 'subject' | 'body'>;

/** How one attempt went. */
export interface AttemptOutcome {
  attempt: number;
  ok: boolean;
  status: number | null;
  error: string | null;
  durationMs: number;
  nextAttemptAt: Date | null;
}

/** The only place that holds the SQL of webhook and e-mail subscriptions and their outboxes. */
export class SubscriptionRepository {
  constructor(private readonly db: Kysely<DB>) {}

  insertWebhook(webhook: NewWebhook): Promise<WebhookSubscriptionRow> {
    return this.db.insertInto('webhook_subscriptions').values(webhook).returningAll().executeTakeFirstOrThrow();
  }

  findWebhook(id: string): Promise<WebhookSubscriptionRow | undefined> {
    return this.db.selectFrom('webhook_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Webhooks of an organisation, or all of them. */
  listWebhooks(organisationId?: string): Promise<WebhookSubscriptionRow[]> {
    let query = this.db.selectFrom('webhook_subscriptions').selectAll().orderBy('created_at').orderBy('id');
    if (organisationId) query = query.where('owner_org_id', '=', organisationId);
    return query.execute();
  }

  enabledWebhooks(): Promise<WebhookSubscriptionRow[]> {
    return this.db.selectFrom('webhook_subscriptions').selectAll().where('enabled', '=', true).execute();
  }

  updateWebhook(id: string, changes: WebhookChanges): Promise<WebhookSubscriptionRow | undefined> {
    return this.db
      .updateTable('webhook_subscriptions')
      .set(changes as Updateable<WebhookSubscriptionTable>)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  }

  async removeWebhook(id: string): Promise<void> {
    await this.db.deleteFrom('webhook_subscriptions').where('id', '=', id).execute();
  }

  insertMailSubscription(subscription: NewMailSubscription): Promise<MailSubscriptionRow> {
    return this.db.insertInto('mail_subscriptions').values(subscription).returningAll().executeTakeFirstOrThrow();
  }

  findMailSubscription(id: string): Promise<MailSubscriptionRow | undefined> {
    return this.db.selectFrom('mail_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  listMailSubscriptions(organisationId?: string): Promise<MailSubscriptionRow[]> {
    let query = this.db.selectFrom('mail_subscriptions').selectAll().orderBy('created_at').orderBy('id');
    if (organisationId) query = query.where('owner_org_id', '=', organisationId);
    return query.execute();
  }

  enabledMailSubscriptions(): Promise<MailSubscriptionRow[]> {
    return this.db.selectFrom('mail_subscriptions').selectAll().where('enabled', '=', true).execute();
  }

  async removeMailSubscription(id: string): Promise<void> {
    await this.db.deleteFrom('mail_subscriptions').where('id', '=', id).execute();
  }

  async insertDeliveries(deliveries: Array<{ id: string; subscription_id: string; event_id: string }>): Promise<void> {
    if (deliveries.length > 0) await this.db.insertInto('webhook_deliveries').values(deliveries).execute();
  }

  async insertMails(mails: NewMail[]): Promise<void> {
    if (mails.length > 0) await this.db.insertInto('mail_outbox').values(mails).execute();
  }

  /**
   * Takes up to `limit` due deliveries and leases them until `leaseEnd` (a crash mid-attempt makes
   * them due again then). `FOR UPDATE SKIP LOCKED`: several Vigie on one PostgreSQL never take the
   * same delivery; on PGlite (one process) it is a no-op.
   */
  claimDeliveries(now: Date, leaseEnd: Date, limit: number): Promise<WebhookDeliveryRow[]> {
    return this.db
      .updateTable('webhook_deliveries')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), next_attempt_at: leaseEnd }))
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('webhook_deliveries')
          .select('id')
          .where('state', '=', 'pending')
          .where('next_attempt_at', '<=', now)
          .orderBy('next_attempt_at')
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      )
      .returningAll()
      .execute();
  }

  claimMails(now: Date, leaseEnd: Date, limit: number): Promise<MailOutboxRow[]> {
    return this.db
      .updateTable('mail_outbox')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), next_attempt_at: leaseEnd }))
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('mail_outbox')
          .select('id')
          .where('state', '=', 'pending')
          .where('next_attempt_at', '<=', now)
          .orderBy('next_attempt_at')
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      )
      .returningAll()
      .execute();
  }

  /** When the next pending delivery or e-mail falls due (null: none). */
  async nextDue(): Promise<Date | null> {
    const [hook, mail] = await Promise.all([
      this.db
        .selectFrom('webhook_deliveries')
        .select((eb) => eb.fn.min('next_attempt_at').as('at'))
        .where('state', '=', 'pending')
        .executeTakeFirst(),
      this.db
        .selectFrom('mail_outbox')
        .select((eb) => eb.fn.min('next_attempt_at').as('at'))
        .where('state', '=', 'pending')
        .executeTakeFirst(),
    ]);
    const times = [hook?.at, mail?.at].filter((at): at is Date => at != null).map((at) => new Date(at).getTime());
    return times.length > 0 ? new Date(Math.min(...times)) : null;
  }

  /** Writes an attempt in the log and moves its delivery on: delivered, due again, or dead (nextAttemptAt null). */
  async recordAttempt(deliveryId: string, outcome: AttemptOutcome): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('webhook_delivery_attempts')
        .values({
          delivery_id: deliveryId,
          attempt: outcome.attempt,
          status: outcome.status,
          error: outcome.error,
          duration_ms: Math.round(outcome.durationMs),
        })
        .execute();
      await trx
        .updateTable('webhook_deliveries')
        .set({
          state: outcome.ok ? 'delivered' : outcome.nextAttemptAt ? 'pending' : 'dead',
          last_status: outcome.status,
          last_error: outcome.error,
          ...(outcome.ok ? { delivered_at: new Date() } : {}),
          ...(outcome.nextAttemptAt ? { next_attempt_at: outcome.nextAttemptAt } : {}),
        })
        .where('id', '=', deliveryId)
        .execute();
    });
  }

  async recordMail(id: string, outcome: Pick<AttemptOutcome, 'ok' | 'error' | 'nextAttemptAt'>): Promise<void> {
    await this.db
      .updateTable('mail_outbox')
      .set({
        state: outcome.ok ? 'delivered' : outcome.nextAttemptAt ? 'pending' : 'dead',
        last_error: outcome.error,
        ...(outcome.ok ? { sent_at: new Date() } : {}),
        ...(outcome.nextAttemptAt ? { next_attempt_at: outcome.nextAttemptAt } : {}),
      })
      .where('id', '=', id)
      .execute();
  }

  findDelivery(id: string): Promise<WebhookDeliveryRow | undefined> {
    return this.db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
  }

  deliveriesOf(
    subscriptionId: string,
    limit: number,
    state?: string,
  ): Promise<Array<WebhookDeliveryRow & { event_type: string; event_title: string }>> {
    let query = this.db
      .selectFrom('webhook_deliveries')
      .innerJoin('notification_events as e', 'e.id', 'webhook_deliveries.event_id')
      .selectAll('webhook_deliveries')
      .select(['e.type as event_type', 'e.title as event_title'])
      .where('subscription_id', '=', subscriptionId)
      .orderBy('webhook_deliveries.created_at', 'desc')
      .limit(limit);
    if (state) query = query.where('state', '=', state as 'pending');
    return query.execute();
  }

  async attemptsOf(deliveryIds: string[]): Promise<WebhookDeliveryAttemptRow[]> {
    if (deliveryIds.length === 0) return [];
    return this.db
      .selectFrom('webhook_delivery_attempts')
      .selectAll()
      .where('delivery_id', 'in', deliveryIds)
      .orderBy('delivery_id')
      .orderBy('attempt')
      .execute();
  }

  /** Sends a delivery again from its first attempt (a dead letter, or one a receiver lost). */
  redeliver(id: string, now: Date): Promise<WebhookDeliveryRow | undefined> {
    return this.db
      .updateTable('webhook_deliveries')
      .set({ state: 'pending', attempts: 0, next_attempt_at: now, last_error: null })
      .where('id', '=', id)
      .where('state', '<>', 'pending')
      .returningAll()
      .executeTakeFirst();
  }

  mailsOf(eventId: string): Promise<MailOutboxRow[]> {
    return this.db.selectFrom('mail_outbox').selectAll().where('event_id', '=', eventId).execute();
  }
}
