import { randomUUID } from 'node:crypto';
import type { NotificationSettings } from '../../config.ts';
import type { Sealer } from '../../security/sealer.ts';
import { sealFreeText, sealStrings, sealsFreeText } from '../../security/sealed-text.ts';
import type { NotificationRepository } from '../../store/notification.repository.ts';
import type { MailSubscriptionRow, NotificationEventRow, WebhookSubscriptionRow } from '../../store/schema.ts';
import type { NewMail, SubscriptionRepository } from '../../store/subscription.repository.ts';
import { readScope } from '../access/access.ts';
import type { Principal } from '../shared/principal.ts';
import type { Caller } from '../shared/caller.ts';
import { VigieError } from '../shared/errors.ts';
import { matchesFilter, mayReceive, organisationReader } from './event-matching.ts';
import { InProcessBus, type LiveBus } from './live-bus.ts';
import { LiveStream } from './live-stream.ts';
import type { MailSender } from './mail.sender.ts';
import { mailOf, toVigieEvent } from './notification.ts';
import { OutboxDispatcher } from './outbox.dispatcher.ts';
import type { WorkQueue } from '../work/work-queue.ts';
import { EVENT_TYPES, SEVERITIES, type EventPublisher, type VigieEvent, type VigieEventInput } from './vigie-event.ts';

export interface NotificationRepositories {
  events: NotificationRepository;
  subscriptions: SubscriptionRepository;
}

/** What the notification side needs, passed explicitly. */
export interface NotificationDeps extends NotificationRepositories {
  /** runs `work` in one transaction with repositories bound to it */
  transaction<T>(work: (repositories: NotificationRepositories) => Promise<T>): Promise<T>;
  /** the principal of a user (for e-mail subscriptions made for a user), undefined when gone or disabled */
  principalOf(userId: string): Promise<Principal | undefined>;
  sealer: Sealer;
  mail?: MailSender;
  settings: NotificationSettings;
  /** how stored events reach the live streams of every instance (default: this process only) */
  bus?: LiveBus;
  /** shared work across instances: new deliveries are queued as `deliver` work, taken by any instance */
  work?: WorkQueue;
}

/** A page of the notification centre. */
export interface NotificationPage {
  items: Array<{ event: VigieEvent; read: boolean }>;
  total: number;
  nextBefore: number | null;
}

/** An internal event type: a webhook's test ping, delivered to that webhook only and listed nowhere. */
const PING = 'ping' as VigieEventInput['type'];

function signedInUser(caller: Caller): string {
  if (caller.principal.system)
    throw new VigieError('no_user', 'the notification centre belongs to a signed-in user', 400);
  return caller.principal.userId;
}

/**
 * The notification side of Vigie. `publish` stores an event with its webhook and e-mail deliveries
 * in one transaction (the outbox: nothing is lost on restart), then wakes the dispatcher and pushes
 * the event to the live streams of this process. It also answers the notification centre.
 */
export class NotificationService implements EventPublisher {
  readonly live = new LiveStream();
  readonly dispatcher: OutboxDispatcher;
  private readonly bus: LiveBus;
  private readonly inFlight = new Set<Promise<unknown>>();
  /** resolves when this instance receives the live events of every instance (after `start`) */
  liveReady: Promise<void> = Promise.resolve();

  constructor(private readonly deps: NotificationDeps) {
    this.dispatcher = new OutboxDispatcher({
      events: deps.events,
      subscriptions: deps.subscriptions,
      sealer: deps.sealer,
      mail: deps.mail,
      settings: deps.settings,
    });
    this.bus = deps.bus ?? new InProcessBus();
    this.bus.listen((event) => this.live.push(event), { gap: () => this.live.gap(), resync: () => this.live.resync() });
  }

  get settings(): NotificationSettings {
    return this.deps.settings;
  }

  async publish(input: VigieEventInput): Promise<VigieEvent> {
    if (!EVENT_TYPES.includes(input.type))
      throw new VigieError('invalid_event', `unknown event type ${input.type}`, 400);
    if (!SEVERITIES.includes(input.severity))
      throw new VigieError('invalid_event', `unknown severity ${input.severity}`, 400);
    const work = (async () =>
      this.store(input, await this.deps.subscriptions.enabledWebhooks(), await this.matchingMails(input)))();
    // Producers often publish without waiting (after their own write); `stop` lets these finish.
    this.inFlight.add(work);
    void work.catch(() => undefined).finally(() => this.inFlight.delete(work));
    return work;
  }

  /** Sends a test ping to one webhook (whatever its filters); returns the delivery id. */
  async ping(webhook: WebhookSubscriptionRow, caller: Caller): Promise<string> {
    const event = await this.store(
      {
        type: PING,
        subjectId: webhook.id,
        severity: 'info',
        title: 'Test du webhook',
        titleEn: 'Webhook test',
        access: {
          owner_org_id: webhook.owner_org_id,
          marking: 'RED',
          compartments: [],
          created_by: caller.principal.system ? null : caller.principal.userId,
        },
        payload: { webhook: webhook.id, name: webhook.name, by: caller.principal.username },
      },
      [{ ...webhook, event_types: [], min_severity: 'info', enabled: true }],
      [],
      true,
    );
    const [delivery] = await this.deps.subscriptions.deliveriesOf(webhook.id, 1);
    return delivery?.event_id === event.id ? delivery.id : '';
  }

  private async matchingMails(input: VigieEventInput): Promise<MailSubscriptionRow[]> {
    const matching: MailSubscriptionRow[] = [];
    for (const subscription of await this.deps.subscriptions.enabledMailSubscriptions()) {
      if (!matchesFilter(subscription, input)) continue;
      const reader = subscription.user_id
        ? await this.deps.principalOf(subscription.user_id)
        : organisationReader(subscription.id, subscription.owner_org_id);
      if (reader && mayReceive(reader, input.access)) matching.push(subscription);
    }
    return matching;
  }

  private async store(
    input: VigieEventInput,
    webhooks: WebhookSubscriptionRow[],
    mails: MailSubscriptionRow[],
    ping = false,
  ): Promise<VigieEvent> {
    const targets = webhooks.filter(
      (hook) =>
        ping ||
        (matchesFilter(hook, input) && mayReceive(organisationReader(hook.id, hook.owner_org_id), input.access)),
    );
    // An event about a STAFF record keeps its titles (and the mails made of it) sealed at rest.
    const sealed = sealsFreeText(input.access.compartments);
    const seal = <T>(value: T): T => (sealed ? sealStrings(this.deps.sealer, value) : value);
    const row = await this.deps.transaction(async ({ events, subscriptions }) => {
      const stored = await events.insertEvent({
        id: randomUUID(),
        type: input.type,
        subject_id: input.subjectId,
        severity: input.severity,
        title: seal(input.title),
        title_en: seal(input.titleEn ?? null),
        payload: sealed
          ? sealFreeText(this.deps.sealer, input.access.compartments, input.payload, ['title', 'title_en'])
          : input.payload,
        user_ids: input.userIds ?? [],
        occurred_at: new Date(),
        ...input.access,
      });
      await subscriptions.insertDeliveries(
        targets.map((hook) => ({ id: randomUUID(), subscription_id: hook.id, event_id: stored.id })),
      );
      await subscriptions.insertMails(
        mails.map((subscription) => {
          const mail = this.mailFor(stored, subscription);
          return { ...mail, subject: seal(mail.subject), body: seal(mail.body) };
        }),
      );
      return stored;
    });
    if (targets.length > 0 || mails.length > 0) this.wakeDispatch();
    const event = toVigieEvent(row);
    if (!ping) {
      const announced = this.bus
        .announce(event)
        .catch((error) => console.error('vigie: live event not announced', error));
      this.inFlight.add(announced);
      void announced.finally(() => this.inFlight.delete(announced));
    }
    return event;
  }

  private mailFor(event: NotificationEventRow, subscription: MailSubscriptionRow): NewMail {
    const { subject, text } = mailOf(event, this.deps.settings.publicUrl);
    return {
      id: randomUUID(),
      subscription_id: subscription.id,
      event_id: event.id,
      recipient: subscription.address,
      subject,
      body: text,
    };
  }

  /** May this principal see this event (the stream asks for each one)? */
  readable(principal: Principal, event: VigieEvent): boolean {
    return (event.type as string) !== PING && mayReceive(principal, event.access);
  }

  /** The latest stream position (where a new connection starts). */
  latestSequence(): Promise<number> {
    return this.deps.events.lastSequence();
  }

  /** The events after a stream position that the principal may read, oldest first (SSE resumption). */
  async replay(principal: Principal, afterSequence: number, limit = 500): Promise<VigieEvent[]> {
    const rows = await this.deps.events.eventsAfter(afterSequence, readScope(principal), limit);
    return rows.map(toVigieEvent).filter((event) => this.readable(principal, event));
  }

  async list(caller: Caller, options: { unread: boolean; limit: number; before?: number }): Promise<NotificationPage> {
    const userId = signedInUser(caller);
    const page = await this.deps.events.list(userId, readScope(caller.principal), options);
    const items = page.items
      .map((row) => ({ event: toVigieEvent(row), read: row.read }))
      .filter(({ event }) => this.readable(caller.principal, event));
    const last = page.items.at(-1);
    return {
      items,
      total: page.total,
      nextBefore: page.items.length === options.limit && last ? Number(last.sequence) : null,
    };
  }

  async unreadCount(caller: Caller): Promise<number> {
    return this.deps.events.unreadCount(signedInUser(caller), readScope(caller.principal));
  }

  /** Marks events read (ids the caller cannot read are ignored), or all of them. */
  async markRead(caller: Caller, target: { ids: string[] } | { all: true }): Promise<number> {
    const userId = signedInUser(caller);
    if ('all' in target) await this.deps.events.markAllRead(userId);
    else {
      const readable = (await this.deps.events.eventsByIds(target.ids))
        .map(toVigieEvent)
        .filter((event) => this.readable(caller.principal, event));
      await this.deps.events.markRead(
        userId,
        readable.map((event) => event.id),
      );
    }
    return this.unreadCount(caller);
  }

  /** Starts sending the outbox, resuming what a previous run left pending. */
  start(): void {
    this.dispatcher.start();
    this.liveReady = this.bus.start();
    // Each instance still sweeps the outbox on its own (retries, work queued while NATS was down).
    void this.deps.work?.serve('deliver', async () => {
      while ((await this.dispatcher.runOnce()) > 0);
    });
  }

  /** New deliveries: this instance's dispatcher, or whichever instance takes the queued work. */
  private wakeDispatch(): void {
    if (this.deps.work?.transport === 'jetstream') void this.deps.work.submit('deliver');
    else this.dispatcher.wake();
  }

  /** Stops the dispatcher, lets the events being stored and announced finish, then leaves the bus. */
  async stop(): Promise<void> {
    await this.dispatcher.stop();
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    await this.bus.close();
    this.deps.mail?.close();
  }
}
