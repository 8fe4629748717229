import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { pullTaxiiCollection } from '../../src/intake/stix/taxii-client.ts';
import { isFetchableAddress } from '../../src/security/fetch-guard.ts';
import { signedInClient } from '../support/api-client.ts';
import { runVigie } from '../support/cli-runner.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';

/** A server on a loopback address that counts its hits; `redirect` sends every request there. */
async function listen(
  host: string,
  redirect?: () => string,
): Promise<{ server: Server; base: string; hits: () => number }> {
  let hits = 0;
  const server = createServer((_request, response) => {
    hits += 1;
    if (redirect) {
      response.writeHead(302, { location: redirect() });
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    response.end(RSS);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { server, base: `http://${host}:${(server.address() as AddressInfo).port}`, hits: () => hits };
}

const HOSTILE = [
  'http://127.0.0.1/feed',
  'http://2130706433/feed',
  'http://0x7f.1/feed',
  'http://017700000001/feed',
  'http://[::1]/feed',
  'http://169.254.169.254/latest/meta-data/',
  'http://10.0.0.8/feed',
  'http://192.168.1.1/feed',
  'http://172.16.4.2/feed',
  'http://[::ffff:127.0.0.1]/feed',
  'http://[::ffff:a9fe:a9fe]/feed',
  'http://[fd12::1]/feed',
  'http://[fe80::1]/feed',
  'http://0.0.0.0/feed',
  'http://localhost/feed',
  'http://metadata.google.internal/computeMetadata/v1/',
];

describe(`server-side request forgery on ${TEST_STORE} (issue 16, item 1)`, () => {
  let context: Awaited<ReturnType<typeof freshContext>>;
  let open: Awaited<ReturnType<typeof listen>>;
  before(async () => {
    delete process.env.VIGIE_FETCH_ALLOW;
    context = await freshContext();
    open = await listen('127.0.0.1');
  });
  after(async () => {
    delete process.env.VIGIE_FETCH_ALLOW;
    open.server.close();
    await context.close();
  });

  test('the guard refuses every spelling of an internal address and lets public ones through', () => {
    for (const address of [
      '127.0.0.1',
      '127.8.9.1',
      '10.1.2.3',
      '169.254.169.254',
      '100.64.0.1',
      '::1',
      '::',
      '::ffff:7f00:1',
      '::ffff:127.0.0.1',
      'fd00::1',
      'fe80::1%eth0',
      '0.0.0.0',
      '224.0.0.1',
    ]) {
      assert.equal(isFetchableAddress(address), false, address);
    }
    for (const address of ['8.8.8.8', '2a01:e0a::1', '::ffff:8.8.8.8', '193.51.24.1'])
      assert.equal(isFetchableAddress(address), true, address);
  });

  test('a feed or a webhook to an internal address is refused when saved, with a 400 naming the url', async () => {
    const analyst = await signedInClient(context, { role: 'analyst' });
    const supervisor = await signedInClient(context, { role: 'supervisor' });
    for (const url of HOSTILE) {
      const feed = await analyst.post('/api/feeds', { url });
      assert.equal(feed.status, 400, `${url}: ${feed.text}`);
      assert.equal(feed.json.error.details[0].path, 'url', url);
      const hook = await supervisor.post('/api/webhooks', { name: 'x', url });
      assert.equal(hook.status, 400, `${url}: ${hook.text}`);
      assert.equal(hook.json.error.details[0].path, 'url', url);
    }
    const created = await supervisor.post('/api/webhooks', { name: 'public', url: 'https://soc.example.invalid/hook' });
    assert.equal(created.status, 201, created.text);
    const moved = await supervisor.patch(`/api/webhooks/${created.json.webhook.id}`, { url: 'http://[::1]:8080/hook' });
    assert.equal(moved.status, 400, 'changing the address is checked too');
    assert.equal(moved.json.error.details[0].path, 'url');
  });

  test('at connection an internal target is refused, and a closed port reads like an open one', async () => {
    const analyst = await signedInClient(context, { role: 'analyst' });
    // Feeds saved before the guard existed (or whose name resolved elsewhere then) are checked again when polled.
    const closed = await listen('127.0.0.1');
    const closedUrl = `${closed.base}/feed`;
    await new Promise((resolve) => closed.server.close(resolve));
    const errors: string[] = [];
    for (const url of [`${open.base}/feed`, closedUrl]) {
      const id = randomUUID();
      await context.store.db
        .insertInto('feeds')
        .values({
          id,
          url,
          title: null,
          poll_minutes: 60,
          trusted: false,
          trust_threshold: 0.8,
          reliability: 'C',
          credibility: 3,
          marking: 'AMBER',
          enabled: true,
          owner_org_id: analyst.user.organisationId,
          created_by: null,
        } as never)
        .execute();
      const poll = await analyst.post(`/api/feeds/${id}/poll`);
      assert.equal(poll.status, 200, poll.text);
      errors.push(poll.json.error);
    }
    assert.equal(open.hits(), 0, 'the loopback server was never reached');
    assert.equal(errors[0], 'could not fetch the feed');
    assert.equal(errors[1], errors[0], 'an open port and a closed one give the same answer');
  });

  test('a name that resolves to loopback when connecting (DNS rebinding) is refused', async (t) => {
    const name = hostname();
    const resolved = await lookup(name, { all: true }).catch(() => []);
    if (!resolved.length || resolved.some((entry) => isFetchableAddress(entry.address))) {
      t.skip(`${name} does not resolve to loopback here`);
      return;
    }
    const analyst = await signedInClient(context, { role: 'analyst' });
    const id = randomUUID();
    const url = `http://${name}:${new URL(open.base).port}/feed`;
    await context.store.db
      .insertInto('feeds')
      .values({
        id,
        url,
        title: null,
        poll_minutes: 60,
        trusted: false,
        trust_threshold: 0.8,
        reliability: 'C',
        credibility: 3,
        marking: 'AMBER',
        enabled: true,
        owner_org_id: analyst.user.organisationId,
        created_by: null,
      } as never)
      .execute();
    const poll = await analyst.post(`/api/feeds/${id}/poll`);
    assert.equal(poll.json.error, 'could not fetch the feed');
    assert.equal(open.hits(), 0);
    assert.equal((await analyst.post('/api/feeds', { url })).status, 400, 'and refused when saved');
  });

  test('the allow-list opens an internal range, and a redirect out of it is refused', async () => {
    const analyst = await signedInClient(context, { role: 'analyst' });
    const inside = await listen('127.0.0.2', () => `${open.base}/feed`);
    process.env.VIGIE_FETCH_ALLOW = '127.0.0.2/32, 10.20.0.0/16';
    try {
      const created = await analyst.post('/api/feeds', { url: `${inside.base}/feed` });
      assert.equal(created.status, 201, created.text);
      const poll = await analyst.post(`/api/feeds/${created.json.id}/poll`);
      assert.equal(inside.hits(), 1, 'the allowed server is reached');
      assert.equal(poll.json.error, 'could not fetch the feed', 'its redirect to 127.0.0.1 is not followed');
      assert.equal(open.hits(), 0);
      assert.equal(
        (await analyst.post('/api/feeds', { url: `${open.base}/other` })).status,
        400,
        '127.0.0.1 stays refused',
      );
    } finally {
      delete process.env.VIGIE_FETCH_ALLOW;
      inside.server.close();
    }
  });

  test('a webhook delivery to an internal target fails without a status code', async () => {
    const supervisor = await signedInClient(context, { role: 'supervisor' });
    const receiver = await listen('127.0.0.1');
    const created = await supervisor.post('/api/webhooks', { name: 'public', url: 'https://soc.example.invalid/hook' });
    // As if the address had been saved before the guard: point it at the loopback receiver.
    await context.store.db
      .updateTable('webhook_subscriptions')
      .set({ url: `${receiver.base}/hook` } as never)
      .where('id', '=', created.json.webhook.id)
      .execute();
    const ping = await supervisor.post(`/api/webhooks/${created.json.webhook.id}/test`);
    assert.equal(ping.status, 202, ping.text);
    await context.notifications.dispatcher.runOnce(new Date(Date.now() + 1000));
    const deliveries = await supervisor.get(`/api/webhooks/${created.json.webhook.id}/deliveries`);
    const [attempt] = deliveries.json.items[0].log;
    assert.equal(receiver.hits(), 0);
    assert.equal(attempt.status, null);
    assert.equal(attempt.error, 'could not deliver');
    receiver.server.close();
  });

  test('vigie taxii pull refuses an internal API root (exit 2) and the client refuses it at connection', async () => {
    const cli = await runVigie(context.storeConfig, 'taxii', 'pull', `${open.base}/taxii2/vigie/`, '--collection', 'x');
    assert.equal(cli.code, 2, cli.stderr);
    assert.match(cli.stderr, /url/);
    await assert.rejects(
      pullTaxiiCollection({ apiRoot: 'http://[::ffff:7f00:1]/taxii2/', collection: 'x' }),
      (error: Error & { details?: Array<{ path: string }> }) => error.details?.[0]?.path === 'url',
    );
    assert.equal(open.hits(), 0);
  });
});
