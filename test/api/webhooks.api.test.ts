import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openVigie, type VigieContext } from '../../src/context.ts';
import { SYSTEM_PRINCIPAL } from '../../src/core/shared/principal.ts';
import { addWebhook } from '../../src/core/notifications/webhook.service.ts';
import { signedInClient } from '../support/api-client.ts';
import { kill, spawnServer, storeEnv } from '../support/child-processes.ts';
import { freshContext, freshStore, TEST_STORE } from '../support/test-store.ts';
import { webhookReceiver } from '../support/webhook-receiver.ts';

// The test's receivers and feeds listen on loopback, which the fetch guard refuses unless allowed.
process.env.VIGIE_FETCH_ALLOW = '127.0.0.1/32';

/**
 * Asks again every 50 ms until `done` holds, and returns the last answer. A minute at most: on two cores
 * shared with the other suite the worker's record can come seconds late, and a passing test never waits it out.
 */
async function until<T>(ask: () => Promise<T>, done: (answer: T) => boolean): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answer = await ask();
    if (done(answer) || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe(`webhooks API on ${TEST_STORE}`, () => {
  let context: VigieContext;
  before(async () => {
    context = await freshContext();
  });
  after(async () => {
    await context.close();
  });

  test('supervisors add a webhook (secret shown once), test it, read its deliveries; analysts are refused', async (t) => {
    const receiver = await webhookReceiver();
    // closed whatever happens: a receiver left listening keeps the file's process alive until the runner's timeout
    t.after(() => receiver.close());
    const supervisor = await signedInClient(context, { role: 'supervisor' });
    const analyst = await signedInClient(context, { role: 'analyst' });
    assert.equal((await analyst.post('/api/webhooks', { name: 'x', url: receiver.url })).status, 403);
    assert.equal((await analyst.get('/api/webhooks')).status, 403);
    assert.equal((await supervisor.post('/api/webhooks', { name: 'x', url: 'ftp://example.org' })).status, 400);
    const created = await supervisor.post('/api/webhooks', {
      name: 'SOC',
      url: receiver.url,
      event_types: ['alert.opened', 'campaign.alarm'],
      min_severity: 'high',
    });
    assert.equal(created.status, 201, created.text);
    assert.match(created.json.secret, /^vwh_/);
    receiver.setSecret(created.json.secret);
    const listed = await supervisor.get('/api/webhooks');
    assert.equal(listed.json.items.length, 1);
    assert.ok(!listed.text.includes(created.json.secret), 'the secret is never shown again');
    assert.equal(listed.json.items[0].secret_prefix, created.json.secret.slice(0, 8));

    context.notifications.start();
    try {
      const ping = await supervisor.post(`/api/webhooks/${created.json.webhook.id}/test`);
      assert.equal(ping.status, 202, ping.text);
      await receiver.until((r) => r.length === 1, 60_000);
      assert.equal(receiver.received[0].event, 'ping');
      assert.equal(receiver.received[0].delivery, ping.json.delivery_id);
      assert.ok(receiver.received[0].signatureOk);
      // The worker records the answer after the receiver has it: wait for the record, not for a fixed time.
      const deliveries = await until(
        () => supervisor.get(`/api/webhooks/${created.json.webhook.id}/deliveries`),
        (answer) => answer.json.items[0]?.state !== 'pending',
      );
      assert.equal(deliveries.json.items[0].state, 'delivered');
      assert.equal(deliveries.json.items[0].log[0].status, 200);
      assert.equal((await analyst.get(`/api/webhooks/${created.json.webhook.id}/deliveries`)).status, 403);
      const again = await supervisor.post(`/api/webhooks/deliveries/${ping.json.delivery_id}/redeliver`);
      assert.equal(again.status, 202, again.text);
      await receiver.until((r) => r.length === 2, 60_000);
      assert.equal(receiver.received[1].delivery, ping.json.delivery_id, 'a redelivery keeps its id');
    } finally {
      await context.notifications.stop();
    }
    const other = await signedInClient(context, { role: 'supervisor', org: 'Autre DISP' });
    assert.equal(
      (await other.call('PATCH', `/api/webhooks/${created.json.webhook.id}`, { enabled: false })).status,
      404,
      'another organisation does not see it',
    );
    const disabled = await supervisor.patch(`/api/webhooks/${created.json.webhook.id}`, { enabled: false });
    assert.equal(disabled.json.enabled, false);
    assert.equal((await supervisor.call('DELETE', `/api/webhooks/${created.json.webhook.id}`)).status, 204);
  });

  test('the web app offers exactly the event types and severities the server knows', async () => {
    const web = await import('../../web/src/api/event-types.ts');
    const server = await import('../../src/core/notifications/vigie-event.ts');
    assert.deepEqual([...web.EVENT_TYPES], [...server.EVENT_TYPES]);
    assert.deepEqual([...web.SEVERITIES], [...server.SEVERITIES]);
  });

  test('e-mail subscriptions: add, list, remove', async () => {
    const supervisor = await signedInClient(context, { role: 'supervisor' });
    const added = await supervisor.post('/api/mail-subscriptions', {
      address: 'permanence@test.invalid',
      min_severity: 'critical',
    });
    assert.equal(added.status, 201, added.text);
    assert.ok(
      (await supervisor.get('/api/mail-subscriptions')).json.items.some((s: { id: string }) => s.id === added.json.id),
    );
    assert.equal((await supervisor.post('/api/mail-subscriptions', { address: 'not an address' })).status, 400);
    assert.equal((await supervisor.call('DELETE', `/api/mail-subscriptions/${added.json.id}`)).status, 204);
  });

  test('a server killed with SIGKILL between attempts delivers after restart, once', async () => {
    const store = await freshStore();
    let serving = true;
    const receiver = await webhookReceiver({ answer: () => (serving ? 200 : 500) });
    serving = false;
    const setup = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
    const { secret } = await addWebhook(
      setup.subscriptions,
      { principal: SYSTEM_PRINCIPAL },
      { name: 'kill', url: receiver.url, event_types: [], min_severity: 'info', enabled: true },
    );
    receiver.setSecret(secret);
    const event = await setup.notifications.publish({
      type: 'alert.opened',
      subjectId: 'kill-test',
      severity: 'critical',
      title: 'Alerte',
      payload: {},
      access: { owner_org_id: SYSTEM_PRINCIPAL.organisationId, marking: 'GREEN', compartments: [], created_by: null },
    });
    await setup.close();

    const env = storeEnv(store, { VIGIE_WEBHOOK_RETRY_BASE_MS: '1500', VIGIE_WEBHOOK_TIMEOUT_MS: '1000' });
    const first = await spawnServer(env);
    await receiver.until((r) => r.length === 1, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await kill(first.child);
    serving = true;
    const second = await spawnServer(env);
    try {
      await receiver.until((r) => r.some((x) => x.answered === 200), 30_000);
      const delivered = receiver.received.filter((r) => r.answered === 200);
      assert.equal(delivered.length, 1, 'delivered once');
      assert.equal(delivered[0].delivery, receiver.received[0].delivery, 'the same delivery resumed');
      assert.equal(delivered[0].body.id, event.id);
      assert.ok(delivered[0].signatureOk);
    } finally {
      await kill(second.child, 'SIGTERM');
      await receiver.close();
      await store.drop();
    }
  });
});
