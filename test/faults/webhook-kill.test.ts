import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openVigie } from '../../src/context.ts';
import { SYSTEM_PRINCIPAL } from '../../src/core/shared/principal.ts';
import { addWebhook } from '../../src/core/notifications/webhook.service.ts';
import { account } from '../support/accounts.ts';
import { kill, spawnServer, storeEnv } from '../support/child-processes.ts';
import { freshStore, TEST_STORE } from '../support/test-store.ts';
import { webhookReceiver, type Received } from '../support/webhook-receiver.ts';

// The test's receivers and feeds listen on loopback, which the fetch guard refuses unless allowed.
process.env.VIGIE_FETCH_ALLOW = '127.0.0.1/32';

const EVENTS = 25;

test(`a server killed with SIGKILL in the middle of a webhook delivery run delivers every (event, subscription) after restart; only deliveries in flight at the kill come twice, under their delivery id (${TEST_STORE})`, async (t) => {
  const store = await freshStore();
  // Slow receivers: the dispatcher sends 20 at a time, so several are in flight when the server dies.
  const receivers = [await webhookReceiver({ delayMs: 150 }), await webhookReceiver({ delayMs: 150 })];
  const setup = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
  const published: string[] = [];
  const webhooks: string[] = [];
  const admin = await account(setup, { role: 'admin' });
  try {
    for (const [index, receiver] of receivers.entries()) {
      const { secret, webhook } = await addWebhook(
        setup.subscriptions,
        { principal: SYSTEM_PRINCIPAL },
        { name: `kill-run-${index}`, url: receiver.url, event_types: [], min_severity: 'info', enabled: true },
      );
      receiver.setSecret(secret);
      webhooks.push(webhook.id);
    }
    for (let index = 0; index < EVENTS; index += 1) {
      const event = await setup.notifications.publish({
        type: 'alert.opened',
        subjectId: `kill-run-${index}`,
        severity: 'critical',
        title: `Alerte ${index}`,
        payload: {},
        access: { owner_org_id: SYSTEM_PRINCIPAL.organisationId, marking: 'GREEN', compartments: [], created_by: null },
      });
      published.push(event.id);
    }
  } finally {
    await setup.close();
  }

  // The receivers answer from this test's process: on a loaded machine an answer can take more than a
  // second, and a delivery timed out is sent again (as it should be), which is not what this test is
  // about. 5 s keeps timeouts out; a delivery in flight at the kill is then leased 11 s before it is due again.
  const env = storeEnv(store, { VIGIE_WEBHOOK_RETRY_BASE_MS: '500', VIGIE_WEBHOOK_TIMEOUT_MS: '5000' });
  const total = () => receivers.reduce((sum, receiver) => sum + receiver.received.length, 0);
  try {
    const first = await spawnServer(env);
    // Past the first claimed batch of 20: some deliveries are done and recorded, the next are in flight.
    await receivers[0].until(() => total() >= 24, 60_000);
    await kill(first.child);
    const second = await spawnServer(env);
    // What came before the restarted server listened was sent by the killed one (a request already in
    // the socket when it died arrives a moment after the kill: it was in flight too).
    const beforeKill = new Set(receivers.flatMap((receiver) => receiver.received.map((r) => r.delivery)));
    try {
      assert.ok(beforeKill.size < EVENTS * receivers.length, 'killed before the run was over');
      const delivered = (received: Received[]) => new Set(received.map((r) => r.delivery)).size;
      for (const receiver of receivers) await receiver.until((received) => delivered(received) === EVENTS, 60_000);
      // A delivery in flight at the kill stays pending (leased) until it is sent again: wait for none.
      for (let waited = 0; (await pendingDeliveries(second.url, admin.token, webhooks)) > 0; waited += 250) {
        assert.ok(waited < 60_000, 'every delivery done after the restart');
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } finally {
      await kill(second.child, 'SIGTERM'); // a clean stop lets the attempts in flight be recorded
    }

    const check = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
    const rows = await check.store.db.selectFrom('webhook_deliveries').select(['id', 'delivered_at']).execute();
    await check.close();
    assert.equal(rows.length, EVENTS * receivers.length, 'one delivery per (event, subscription) in the outbox');
    assert.ok(
      rows.every((row) => row.delivered_at !== null),
      'each recorded as delivered',
    );

    const deliveryOf = new Map<string, string>();
    for (const [index, receiver] of receivers.entries()) {
      assert.ok(
        receiver.received.every((r) => r.signatureOk),
        'every request signed',
      );
      assert.deepEqual(
        new Set(receiver.received.map((r) => r.body.id)),
        new Set(published),
        `receiver ${index} got every event`,
      );
      for (const r of receiver.received) {
        const pair = `${index}/${r.body.id}`;
        assert.equal(deliveryOf.get(r.delivery) ?? pair, pair, 'one delivery id names one (event, subscription)');
        deliveryOf.set(r.delivery, pair);
      }
      const ids = new Set(receiver.received.map((r) => r.delivery));
      assert.equal(ids.size, EVENTS, `receiver ${index}: one delivery id per event`);
      const repeatedIds = receiver.received
        .map((r) => r.delivery)
        .filter((id, position, all) => all.indexOf(id) !== position);
      assert.ok(
        repeatedIds.every((id) => beforeKill.has(id)),
        'a delivery comes twice only if it was in flight at the kill',
      );
    }
    const repeated = total() - EVENTS * receivers.length;
    assert.ok(repeated <= 20, `${repeated} repeated: at most one claimed batch (20) was in flight`);
    assert.ok(repeated < beforeKill.size, 'a delivery done before the kill is not sent again');
    t.diagnostic(`${beforeKill.size} deliveries received before the kill, ${repeated} sent again after the restart`);
  } finally {
    await Promise.all(receivers.map((receiver) => receiver.close()));
    await store.drop();
  }
});

/** How many deliveries of these webhooks the running server still has to send, read through its API. */
async function pendingDeliveries(url: string, token: string, webhooks: string[]): Promise<number> {
  let pending = 0;
  for (const id of webhooks) {
    const response = await fetch(`${url}/api/webhooks/${id}/deliveries?state=pending&limit=500`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(response.status, 200);
    pending += ((await response.json()) as { items: unknown[] }).items.length;
  }
  return pending;
}
