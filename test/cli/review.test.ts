import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vigieOn } from '../support/cli-runner.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

// The test's receivers and feeds listen on loopback, which the fetch guard refuses unless allowed.
process.env.VIGIE_FETCH_ALLOW = '127.0.0.1/32';

const FEED = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'feeds', 'prison-news.rss'), 'utf8');
const REPORT =
  'Des tirs ont visé la façade du centre pénitentiaire de Toulon-La Farlède dans la nuit de lundi à mardi. Le tag « DDPF » a été retrouvé.';

describe(`vigie review and feeds on ${TEST_STORE}`, () => {
  let context: Awaited<ReturnType<typeof freshContext>>;
  let vigie: ReturnType<typeof vigieOn>;
  let server: Server;
  let base: string;
  const work = mkdtempSync(join(tmpdir(), 'vigie-review-cli-'));
  before(async () => {
    context = await freshContext();
    vigie = vigieOn(context);
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.end(FEED);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.close();
    await context.close();
    rmSync(work, { recursive: true, force: true });
  });

  test('submits a text, lists its candidate, accepts it once; a second decision exits 2', async () => {
    const file = join(work, 'report.txt');
    writeFileSync(file, REPORT);
    const submitted = await vigie('review', 'submit', file, '--published', '2025-04-15', '--reliability', 'B');
    assert.equal(submitted.code, 0, submitted.stderr);
    assert.match(submitted.stdout, /stored {2}1 candidate/);
    const listed = await vigie('review', 'list');
    const id = listed.stdout.match(/^([0-9a-f-]{36}) {2}incident/m)?.[1];
    assert.ok(id, listed.stdout);
    const accepted = await vigie('review', 'accept', id);
    assert.equal(accepted.code, 0, accepted.stderr);
    assert.match(accepted.stdout, /accepted: incident [0-9a-f-]{36}/);
    const again = await vigie('review', 'reject', id, '--reason', 'late');
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already accepted/);
  });

  test('adds a feed, polls it and lists its status; a bad URL exits 2', async () => {
    const added = await vigie('feeds', 'add', `${base}/news.rss`, '--every', '30');
    assert.equal(added.code, 0, added.stderr);
    const id = added.stdout.split(' ')[0];
    const polled = await vigie('feeds', 'poll', id);
    assert.equal(polled.code, 0, polled.stderr);
    assert.match(polled.stdout, /2 items, 2 new/);
    const listed = await vigie('feeds', 'list');
    assert.match(listed.stdout, /ok, 2 new of 2/);
    const bad = await vigie('feeds', 'add', 'not-a-url');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /url/);
  });
});
