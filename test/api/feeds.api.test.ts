import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { VigieContext } from '../../src/context.ts';
import { signedInClient } from '../support/api-client.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

// The test's receivers and feeds listen on loopback, which the fetch guard refuses unless allowed.
process.env.VIGIE_FETCH_ALLOW = '127.0.0.1/32';

const FIXTURE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'feeds', 'prison-news.rss'), 'utf8');

/** A feed server on 127.0.0.1 (no outside network): the fixture, a broken path, a slow one and a huge one. */
function feedServer(): Promise<{ server: Server; base: string; hits: Map<string, number> }> {
  const hits = new Map<string, number>();
  const server = createServer((request, response) => {
    hits.set(request.url!, (hits.get(request.url!) ?? 0) + 1);
    if (request.url === '/news.rss' || request.url === '/trusted.rss') {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.end(FIXTURE);
      return;
    }
    if (request.url === '/huge.rss') {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.end(`<rss>${'x'.repeat(3 * 1024 * 1024)}`);
      return;
    }
    response.writeHead(404);
    response.end('gone');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits }),
    ),
  );
}

describe(`feeds API on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let feeds: Awaited<ReturnType<typeof feedServer>>;
  let analyst: Awaited<ReturnType<typeof signedInClient>>;
  let supervisor: Awaited<ReturnType<typeof signedInClient>>;

  before(async () => {
    context = await freshContext();
    context.feeds.limits = { timeoutMs: 2000, maxBytes: 1024 * 1024 };
    feeds = await feedServer();
    analyst = await signedInClient(context, { role: 'analyst' });
    supervisor = await signedInClient(context, { role: 'supervisor' });
  });
  after(async () => {
    feeds.server.close();
    await context.close();
  });

  test('polls a feed: each item extracted once, then seen again without a second copy', async () => {
    const added = await analyst.post('/api/feeds', {
      url: `${feeds.base}/news.rss`,
      title: 'Fixture news',
      reliability: 'B',
      credibility: 3,
    });
    assert.equal(added.status, 201, added.text);
    const first = await analyst.post(`/api/feeds/${added.json.id}/poll`);
    assert.equal(first.status, 200, first.text);
    assert.deepEqual(
      { seen: first.json.seen, new: first.json.new, error: first.json.error },
      { seen: 2, new: 2, error: null },
    );
    const second = await analyst.post(`/api/feeds/${added.json.id}/poll`);
    assert.deepEqual({ seen: second.json.seen, new: second.json.new }, { seen: 2, new: 0 });
    const queue = await analyst.get(`/api/review?feed=${added.json.id}&status=pending`);
    assert.ok(queue.json.total >= 2, queue.text);
    assert.ok(
      queue.json.items.every((item: { article: { url: string } }) =>
        item.article.url.startsWith('http://127.0.0.1/articles/'),
      ),
    );
    const list = await analyst.get('/api/feeds');
    const status = list.json.items.find((f: { id: string }) => f.id === added.json.id).status;
    assert.equal(status.last_status, 'ok');
    assert.equal(status.items_total, 2);
    assert.equal(
      await context.store.db
        .selectFrom('incidents')
        .select('id')
        .execute()
        .then((rows) => rows.length),
      0,
      'nothing entered without a decision',
    );
  });

  test("a trusted feed's confident candidates are accepted by the system; only supervisors trust a feed", async () => {
    const refused = await analyst.post('/api/feeds', { url: `${feeds.base}/trusted.rss`, trusted: true });
    assert.equal(refused.status, 403);
    const added = await supervisor.post('/api/feeds', {
      url: `${feeds.base}/trusted.rss`,
      trusted: true,
      trust_threshold: 0.5,
      reliability: 'A',
      credibility: 2,
    });
    assert.equal(added.status, 201, added.text);
    // The same items as the first feed: deduplicated by URL, nothing new.
    const poll = await supervisor.post(`/api/feeds/${added.json.id}/poll`);
    assert.equal(poll.json.new, 0);
  });

  test('records the error of a feed that fails, and keeps the size limit', async () => {
    const missing = await analyst.post('/api/feeds', { url: `${feeds.base}/missing.rss` });
    const poll = await analyst.post(`/api/feeds/${missing.json.id}/poll`);
    assert.match(poll.json.error, /HTTP 404/);
    assert.equal(poll.json.feed.status.last_status, 'error');
    const huge = await analyst.post('/api/feeds', { url: `${feeds.base}/huge.rss` });
    const cut = await analyst.post(`/api/feeds/${huge.json.id}/poll`);
    assert.match(cut.json.error, /larger than/);
  });

  test('disables, refuses bad input naming the field, and removes', async () => {
    const bad = await analyst.post('/api/feeds', { url: 'ftp://example.org/feed' });
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.details[0].path, 'url');
    const added = await analyst.post('/api/feeds', { url: `${feeds.base}/other.rss` });
    const duplicate = await analyst.post('/api/feeds', { url: `${feeds.base}/other.rss` });
    assert.equal(duplicate.status, 409);
    const disabled = await analyst.patch(`/api/feeds/${added.json.id}`, { enabled: false, poll_minutes: 0 });
    assert.equal(disabled.json.error.details[0].path, 'poll_minutes');
    const off = await analyst.patch(`/api/feeds/${added.json.id}`, { enabled: false });
    assert.equal(off.json.enabled, false);
    assert.equal((await analyst.call('DELETE', `/api/feeds/${added.json.id}`)).status, 204);
  });
});

describe(`trusted feed on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let feeds: Awaited<ReturnType<typeof feedServer>>;

  before(async () => {
    context = await freshContext();
    feeds = await feedServer();
  });
  after(async () => {
    feeds.server.close();
    await context.close();
  });

  test("the scheduled poll accepts confident candidates as the system, with the feed's grades", async () => {
    const supervisor = await signedInClient(context, { role: 'supervisor' });
    const added = await supervisor.post('/api/feeds', {
      url: `${feeds.base}/trusted.rss`,
      trusted: true,
      trust_threshold: 0.5,
      reliability: 'A',
      credibility: 2,
    });
    const reports = await context.feedPoller.tick();
    assert.equal(reports.length, 1);
    assert.ok(reports[0].autoAccepted >= 1, JSON.stringify(reports[0]));
    const accepted = await supervisor.get(`/api/review?feed=${added.json.id}&status=accepted`);
    assert.ok(accepted.json.items.length >= 1);
    assert.equal(accepted.json.items[0].decision.by_system, true);
    const incident = await supervisor.get(`/api/incidents/${accepted.json.items[0].decision.result_id}`);
    assert.equal(incident.json.sources[0].reliability, 'A');
    assert.match(incident.json.sources[0].url, /^http:\/\/127\.0\.0\.1\/articles\//);
    assert.equal((await context.feedPoller.tick()).length, 0, 'not due again before its interval');
  });
});

describe(`feeds graded by the source register on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let feeds: Awaited<ReturnType<typeof feedServer>>;
  before(async () => {
    context = await freshContext();
    feeds = await feedServer();
  });
  after(async () => {
    feeds.server.close();
    await context.close();
  });

  test("a feed with an outlet and no grade: its accepted articles take the register's grade, not F6", async () => {
    const supervisor = await signedInClient(context, { role: 'supervisor' });
    const added = await supervisor.post('/api/feeds', {
      url: `${feeds.base}/trusted.rss`,
      trusted: true,
      trust_threshold: 0.5,
      outlet: 'Ouest-France',
    });
    assert.equal(added.status, 201, added.text);
    assert.deepEqual([added.json.outlet, added.json.reliability, added.json.credibility], ['Ouest-France', null, null]);
    const poll = await supervisor.post(`/api/feeds/${added.json.id}/poll`);
    assert.ok(poll.json.auto_accepted >= 1, poll.text);
    const accepted = await supervisor.get(`/api/review?feed=${added.json.id}&status=accepted`);
    const incident = await supervisor.get(`/api/incidents/${accepted.json.items[0].decision.result_id}`);
    const [source] = incident.json.sources;
    assert.deepEqual(
      [source.outlet, `${source.reliability}${source.credibility}`, source.graded_by],
      ['Ouest-France', 'C3', 'register'],
    );
  });
});
