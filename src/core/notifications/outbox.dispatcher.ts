import type { NotificationSettings } from '../../config.ts';
import type { Sealer } from '../../security/sealer.ts';
import type { NotificationRepository } from '../../store/notification.repository.ts';
import type { NotificationEventRow, WebhookDeliveryRow } from '../../store/schema.ts';
import type { SubscriptionRepository } from '../../store/subscription.repository.ts';
import { guardedFetch } from '../../security/fetch-guard.ts';
import { retryDelay } from './event-matching.ts';
import type { MailSender } from './mail.sender.ts';
import { webhookBody } from './notification.ts';
import { signWebhook } from './webhook-signature.ts';

export type DispatchSettings = Pick<NotificationSettings, 'timeoutMs' | 'retryBaseMs' | 'maxAttempts' | 'pollMs'>;

export interface DispatcherDeps {
  events: NotificationRepository;
  subscriptions: SubscriptionRepository;
  sealer: Sealer;
  mail?: MailSender;
  settings: DispatchSettings;
}

const BATCH = 20;

/**
 * Sends what the outbox holds: webhook deliveries (signed POSTs, retried with exponential backoff
 * and jitter, dead after the last attempt) and e-mails. It wakes when an event is published, when
 * the next retry falls due, and every `pollMs` (another instance may have written). Deliveries are
 * leased while sent, so a crash makes them due again and a restart resumes them.
 */
export class OutboxDispatcher {
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private woken = false;

  constructor(private readonly deps: DispatcherDeps) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    this.loop = undefined;
  }

  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Sends every due item once; returns how many were attempted (tests call it directly). */
  async runOnce(now = new Date()): Promise<number> {
    // Longer than an attempt may take: a delivery still leased was taken by a process that died.
    const lease = new Date(now.getTime() + 2 * this.deps.settings.timeoutMs + 1000);
    const deliveries = await this.deps.subscriptions.claimDeliveries(now, lease, BATCH);
    const mails = this.deps.mail ? await this.deps.subscriptions.claimMails(now, lease, BATCH) : [];
    await Promise.all([
      ...deliveries.map((delivery) => this.deliver(delivery)),
      ...mails.map((mail) => this.sendMail(mail)),
    ]);
    return deliveries.length + mails.length;
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.woken = false;
      let sent = 0;
      try {
        sent = await this.runOnce();
      } catch (error) {
        if (this.running) console.error('vigie: outbox dispatch failed', error);
      }
      if (sent > 0 || this.woken || !this.running) continue;
      const next = await this.deps.subscriptions.nextDue().catch(() => null);
      const wait = Math.min(this.deps.settings.pollMs, next ? Math.max(0, next.getTime() - Date.now()) : Infinity);
      await new Promise<void>((resolve) => {
        this.wakeUp = resolve;
        this.timer = setTimeout(resolve, wait);
      });
      clearTimeout(this.timer);
      this.wakeUp = undefined;
    }
  }

  private nextAttempt(attempts: number): Date | null {
    if (attempts >= this.deps.settings.maxAttempts) return null;
    return new Date(Date.now() + retryDelay(attempts, this.deps.settings.retryBaseMs));
  }

  private async deliver(delivery: WebhookDeliveryRow): Promise<void> {
    const [subscription, event] = await Promise.all([
      this.deps.subscriptions.findWebhook(delivery.subscription_id),
      this.deps.events.findEvent(delivery.event_id),
    ]);
    if (!subscription || !event) return;
    const started = performance.now();
    let status: number | null = null;
    let error: string | null = null;
    try {
      status = await this.post(subscription.url, this.deps.sealer.open(subscription.secret_sealed), delivery.id, event);
      if (status < 200 || status >= 300) error = `the receiver answered ${status}`;
    } catch {
      // Whatever kept the receiver out of reach (refused address, closed port, timeout), the
      // delivery log says the same: it must not tell a supervisor what listens inside the network.
      error = 'could not deliver';
    }
    const ok = error === null;
    await this.deps.subscriptions.recordAttempt(delivery.id, {
      attempt: delivery.attempts,
      ok,
      status,
      error,
      durationMs: performance.now() - started,
      nextAttemptAt: ok ? null : this.nextAttempt(delivery.attempts),
    });
  }

  private async post(url: string, secret: string, deliveryId: string, event: NotificationEventRow): Promise<number> {
    const body = JSON.stringify(webhookBody(event));
    const timestamp = String(Math.floor(Date.now() / 1000));
    // Redirects are not followed: a 3xx is the receiver's answer, recorded as a failure.
    const response = await guardedFetch(url, {
      method: 'POST',
      timeoutMs: this.deps.settings.timeoutMs,
      maxBytes: 1024 * 1024,
      maxRedirects: 0,
      body,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Vigie-Webhook/1',
        'x-vigie-event': event.type,
        'x-vigie-delivery': deliveryId,
        'x-vigie-timestamp': timestamp,
        'x-vigie-signature': signWebhook(secret, timestamp, body),
      },
    });
    return response.status;
  }

  private async sendMail(mail: {
    id: string;
    recipient: string;
    subject: string;
    body: string;
    attempts: number;
  }): Promise<void> {
    try {
      await this.deps.mail!.send({ to: mail.recipient, subject: mail.subject, text: mail.body });
      await this.deps.subscriptions.recordMail(mail.id, { ok: true, error: null, nextAttemptAt: null });
    } catch (error) {
      await this.deps.subscriptions.recordMail(mail.id, {
        ok: false,
        error: (error as Error).message,
        nextAttemptAt: this.nextAttempt(mail.attempts),
      });
    }
  }
}
