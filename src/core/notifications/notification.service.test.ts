import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { SYSTEM_PRINCIPAL } from '../shared/principal.ts';
import { smtpSender } from './mail.sender.ts';
import { addMailSubscription, addWebhook, redeliver, webhookDeliveries } from './webhook.service.ts';
import type { VigieEventInput } from './vigie-event.ts';
import { freshContext, TEST_STORE } from '../../../test/support/test-store.ts';
import { webhookReceiver } from '../../../test/support/webhook-receiver.ts';
import { account } from '../../../test/support/accounts.ts';
import type { VigieContext } from '../../context.ts';

// The test's receivers listen on loopback, which the fetch guard refuses unless allowed.
process.env.VIGIE_FETCH_ALLOW = '127.0.0.1/32';

process.env.VIGIE_WEBHOOK_RETRY_BASE_MS = '20';
process.env.VIGIE_WEBHOOK_MAX_ATTEMPTS = '4';
// Generous: on a loaded machine an attempt through PGlite can take seconds.
process.env.VIGIE_WEBHOOK_TIMEOUT_MS = '5000';
const system = { principal: SYSTEM_PRINCIPAL, address: 'test' };

function alertEvent(overrides: Partial<VigieEventInput> = {}): VigieEventInput {
  return {
    type: 'alert.opened',
    subjectId: '11111111-1111-4111-8111-111111111111',
    severity: 'high',
    title: 'Alerte : tirs sur deux sites',
    titleEn: 'Alert: gunfire at two sites',
    access: { owner_org_id: SYSTEM_PRINCIPAL.organisationId, marking: 'GREEN', compartments: [], created_by: null },
    payload: { rule: 'gunfire' },
    ...overrides,
  };
}

describe(`notification service on ${TEST_STORE}`, () => {
  let context: VigieContext;
  before(async () => {
    context = await freshContext();
  });
  after(async () => {
    await context.close();
  });

  test('a receiver failing three times then succeeding gets the event once, signed, under one delivery id', async () => {
    const receiver = await webhookReceiver({ answer: (n) => (n <= 3 ? 503 : 200) });
    const { secret, webhook } = await addWebhook(context.subscriptions, system, {
      name: 'soc',
      url: receiver.url,
      event_types: ['alert.opened'],
      min_severity: 'medium',
      enabled: true,
    });
    receiver.setSecret(secret);
    context.notifications.start();
    try {
      const event = await context.notifications.publish(alertEvent());
      await receiver.until((r) => r.some((x) => x.answered === 200), 30_000);
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.deepEqual(
        receiver.received.map((r) => r.answered),
        [503, 503, 503, 200],
      );
      assert.equal(new Set(receiver.received.map((r) => r.delivery)).size, 1, 'the same delivery id on every attempt');
      assert.ok(
        receiver.received.every((r) => r.signatureOk),
        'every signature verifies',
      );
      assert.equal(receiver.received[3].body.id, event.id);
      assert.equal(receiver.received[3].event, 'alert.opened');
      const [delivery] = await webhookDeliveries(context.subscriptions, system, webhook.id, { limit: 10 });
      assert.equal(delivery.state, 'delivered');
      assert.deepEqual(
        delivery.attempts_log.map((a) => a.status),
        [503, 503, 503, 200],
      );
      const ignored = await context.notifications.publish(alertEvent({ severity: 'low' }));
      assert.ok(ignored.sequence > event.sequence);
      assert.equal(
        (await webhookDeliveries(context.subscriptions, system, webhook.id, { limit: 10 })).length,
        1,
        'below the minimum severity: no delivery',
      );
    } finally {
      await context.notifications.stop();
      await receiver.close();
    }
  });

  test('a delivery becomes a dead letter after the last attempt and goes out again when redelivered', async () => {
    let up = false;
    const receiver = await webhookReceiver({ answer: () => (up ? 204 : 500) });
    const { secret, webhook } = await addWebhook(context.subscriptions, system, {
      name: 'down',
      url: receiver.url,
      event_types: ['task.overdue'],
      min_severity: 'info',
      enabled: true,
    });
    receiver.setSecret(secret);
    context.notifications.start();
    try {
      await context.notifications.publish(alertEvent({ type: 'task.overdue' }));
      await receiver.until((r) => r.length >= 4, 30_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const [dead] = await webhookDeliveries(context.subscriptions, system, webhook.id, { limit: 10 });
      assert.equal(dead.state, 'dead');
      assert.equal(receiver.received.length, 4, 'no fifth attempt');
      up = true;
      await redeliver(context.subscriptions, system, dead.id);
      await receiver.until((r) => r.some((x) => x.answered === 204), 30_000);
      assert.equal(receiver.received.at(-1)!.delivery, dead.id);
    } finally {
      await context.notifications.stop();
      await receiver.close();
    }
  });

  test("a webhook receives neither RED nor STAFF events, nor another organisation's AMBER", async () => {
    const receiver = await webhookReceiver();
    const { secret, webhook } = await addWebhook(context.subscriptions, system, {
      name: 'filter',
      url: receiver.url,
      event_types: ['posture.changed'],
      min_severity: 'info',
      enabled: true,
    });
    receiver.setSecret(secret);
    const own = SYSTEM_PRINCIPAL.organisationId;
    for (const access of [
      { owner_org_id: own, marking: 'RED', compartments: [], created_by: null },
      { owner_org_id: own, marking: 'GREEN', compartments: ['STAFF'], created_by: null },
      { owner_org_id: '22222222-2222-4222-8222-222222222222', marking: 'AMBER', compartments: [], created_by: null },
      { owner_org_id: own, marking: 'AMBER', compartments: [], created_by: null },
    ])
      await context.notifications.publish(alertEvent({ type: 'posture.changed', access }));
    const deliveries = await webhookDeliveries(context.subscriptions, system, webhook.id, { limit: 10 });
    assert.equal(deliveries.length, 1, 'only its own AMBER event');
    await receiver.close();
  });

  test('the notification centre counts unread events the user may read and marks them read', async () => {
    const reader = await account(context, { role: 'analyst' });
    const caller = {
      principal: {
        userId: reader.id,
        username: reader.username,
        role: 'analyst' as const,
        organisationId: reader.organisationId,
        compartments: [],
        sharedFrom: [],
      },
    };
    const before = await context.notifications.unreadCount(caller);
    const visible = await context.notifications.publish(alertEvent({ type: 'alert.escalated' }));
    await context.notifications.publish(
      alertEvent({
        type: 'alert.escalated',
        access: { owner_org_id: reader.organisationId, marking: 'RED', compartments: [], created_by: null },
      }),
    );
    assert.equal(
      await context.notifications.unreadCount(caller),
      before + 1,
      'the RED event of another author is not counted',
    );
    assert.equal(await context.notifications.markRead(caller, { ids: [visible.id] }), before);
    const page = await context.notifications.list(caller, { unread: false, limit: 5 });
    assert.equal(page.items[0].event.id, visible.id);
    assert.equal(page.items[0].read, true);
    assert.equal(await context.notifications.markRead(caller, { all: true }), 0);
  });

  test('an e-mail subscription sends the event through SMTP to a local sink', async () => {
    const mails: string[] = [];
    const sink = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        let text = '';
        stream.on('data', (c) => {
          text += c;
        });
        stream.on('end', () => {
          mails.push(text);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
    const port = (sink.server.address() as AddressInfo).port;
    const sender = smtpSender(`smtp://127.0.0.1:${port}`, 'Vigie <vigie@test.invalid>');
    (context.notifications.dispatcher as unknown as { deps: { mail: unknown } }).deps.mail = sender;
    await addMailSubscription(context.subscriptions, system, {
      address: 'astreinte@test.invalid',
      event_types: ['alert.resolved'],
      min_severity: 'high',
    });
    context.notifications.start();
    try {
      await context.notifications.publish(alertEvent({ type: 'alert.resolved', title: 'Alerte résolue : tirs' }));
      const deadline = Date.now() + 10_000;
      while (mails.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(mails.length, 1);
      assert.match(mails[0], /astreinte@test\.invalid/);
      assert.match(mails[0], /Subject: .*Alerte/);
    } finally {
      await context.notifications.stop();
      await new Promise<void>((resolve) => sink.close(() => resolve()));
    }
  });
});
