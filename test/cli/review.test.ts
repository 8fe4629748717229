import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVigie, runVigieWithInput } from '../support/cli-runner.ts';
import { freshStore, TEST_STORE, type TestStore } from '../support/test-store.ts';

const FEED = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'feeds', 'prison-news.rss'), 'utf8');
const REPORT = 'Des tirs ont visé la façade du centre pénitentiaire de Toulon-La Farlède dans la nuit de lundi à mardi. Le tag « DDPF » a été retrouvé.';

describe(`vigie review and feeds on ${TEST_STORE}`, () => {
  let store: TestStore;
  let server: Server;
  let base: string;
  const work = mkdtempSync(join(tmpdir(), 'vigie-review-cli-'));
  before(async () => {
    store = await freshStore();
    server = createServer((_request, response) => { response.writeHead(200, { 'content-type': 'application/rss+xml' }); response.end(FEED); });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => { server.close(); await store.drop(); });

  const vigie = (...args: string[]) => runVigie(store, ...args);

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

  test('submits with title, address and outlet; an accept by --user records that user, with the --grade given, in the audit', async () => {
    const added = await runVigieWithInput(store, 'a-long-enough-password\n', 'users', 'add', 'camille', '--role', 'analyst', '--org', 'Vigie');
    assert.equal(added.code, 0, added.stderr);
    const file = join(work, 'lemonde.txt');
    writeFileSync(file, `${REPORT} Selon une dépêche du soir.`);
    const submitted = await vigie('review', 'submit', file, '--published', '2025-04-15', '--title', 'Tirs contre la prison de Toulon', '--url', 'https://www.lemonde.fr/societe/tirs-toulon', '--outlet', 'Le Monde', '--json');
    assert.equal(submitted.code, 0, submitted.stderr);
    const [stored] = JSON.parse(submitted.stdout);
    assert.deepEqual([stored.article.title, stored.article.url, stored.article.outlet], ['Tirs contre la prison de Toulon', 'https://www.lemonde.fr/societe/tirs-toulon', 'Le Monde']);
    const id = stored.candidates[0].id;
    const badGrade = await vigie('review', 'accept', id, '--grade', 'Z9');
    assert.equal(badGrade.code, 2);
    assert.match(badGrade.stderr, /grade/);
    const nobody = await vigie('review', 'accept', id, '--user', 'nobody');
    assert.equal(nobody.code, 2);
    assert.match(nobody.stderr, /unknown or disabled user "nobody"/);
    const accepted = await vigie('review', 'accept', id, '--user', 'camille', '--grade', 'B2');
    assert.equal(accepted.code, 0, accepted.stderr);
    assert.match(accepted.stdout, /accepted: incident [0-9a-f-]{36} by camille/);
    const audit = (await vigie('audit', 'export')).stdout.trim().split('\n').map((line) => JSON.parse(line) as { action: string; actor: string; actor_id: string | null; object_id: string; details: { grade?: { grade: string; outlet: string } } });
    const event = audit.find((e) => e.action === 'review.accept' && e.object_id === id)!;
    assert.equal(event.actor, 'camille');
    assert.ok(event.actor_id, 'the user\'s id, not the system');
    assert.deepEqual(event.details.grade, { grade: 'B2', graded_by: 'analyst', outlet: 'Le Monde' });
    const listed = JSON.parse((await vigie('review', 'list', '--status', 'accepted', '--json')).stdout) as { items: Array<{ id: string; decided_by: string | null }> };
    assert.equal(listed.items.find((c) => c.id === id)!.decided_by, event.actor_id);
  });

  test('lists and edits the source register; a bad grade exits 2', async () => {
    const listed = await vigie('sources', 'list');
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, /^B3 {2}press {4}national {2}Le Monde/m);
    assert.match(listed.stdout, /^A2 {2}official official {2}Ministère de la Justice/m);
    const changed = await vigie('sources', 'set', 'le progres', '--reliability', 'B', '--credibility', '2');
    assert.equal(changed.code, 0, changed.stderr);
    assert.match(changed.stdout, /changed: B2 .*Le Progrès/);
    const added = await vigie('sources', 'set', 'Radio Mont-Ventoux', '--reliability', 'C', '--category', 'regional', '--aliases', 'radio-ventoux.fr');
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /added: C3 {2}press {4}regional {2}Radio Mont-Ventoux \(radio-ventoux\.fr\)/);
    const noGrade = await vigie('sources', 'set', 'Sans cote');
    assert.equal(noGrade.code, 2);
    assert.match(noGrade.stderr, /reliability/);
    const bad = await vigie('sources', 'set', 'Le Monde', '--reliability', 'Z');
    assert.equal(bad.code, 2);
    const removed = await vigie('sources', 'remove', 'Radio Mont-Ventoux');
    assert.equal(removed.code, 0, removed.stderr);
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
