import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openVigie, type VigieContext } from '../../src/context.ts';
import { verifyAudit } from '../../src/core/audit/audit.service.ts';
import { AuditBatcher } from '../../src/security/audit-batch.ts';
import { apiClient } from '../support/api-client.ts';
import { account } from '../support/accounts.ts';
import { incidentInput } from '../support/factories.ts';
import { freshStore, TEST_STORE, type TestStore } from '../support/test-store.ts';

// Repeated list reads of RED or compartmented records are audited in batches (issue 19): one event per
// reader and page every few seconds, written through the chained trail, and written on a clean stop.
describe(`list reads audited in batches on ${TEST_STORE}`, () => {
  let store: TestStore;
  let context: VigieContext;

  before(async () => {
    store = await freshStore();
    context = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
  });
  after(async () => {
    await context.close();
    await store.drop();
  });

  const listEvents = async () =>
    (
      await context.store.db
        .selectFrom('audit_events')
        .selectAll()
        .where('action', '=', 'incident.list')
        .orderBy('seq')
        .execute()
    ).map((row) => ({
      ...row,
      details: (typeof row.details === 'string' ? JSON.parse(row.details) : row.details) as Record<string, unknown>,
    }));

  test('one event per reader and page, counting its reads, written at the flush; the chain stays whole', async () => {
    const author = await account(context, { role: 'analyst' });
    const other = await account(context, { role: 'analyst' });
    const client = apiClient(context, { token: author.token });
    const otherClient = apiClient(context, { token: other.token });
    const red = await client.post(
      '/api/incidents',
      incidentInput({ marking: 'RED', occurred: { date: '2025-04-14' }, signatures: [] }),
    );
    assert.equal(red.status, 201, red.text);
    await client.post('/api/incidents', incidentInput({ occurred: { date: '2025-04-15' }, signatures: [] }));
    for (let i = 0; i < 5; i += 1) assert.equal((await client.get('/api/incidents?from=2025-04-01')).status, 200);
    assert.equal((await client.get('/api/incidents?from=2025-04-14&to=2025-04-15')).status, 200);
    // The other analyst does not read the author's RED record: nothing of theirs to audit.
    assert.equal((await otherClient.get('/api/incidents?from=2025-04-01')).json.total, 1);
    assert.deepEqual(await listEvents(), [], 'nothing written before the flush');
    assert.ok(context.incidents.readAudit);
    await context.incidents.readAudit.flush();
    const events = await listEvents();
    assert.equal(events.length, 1, 'both pages hold the same RED record and nothing else sensitive: one page key');
    assert.equal(events[0].actor_id, author.id);
    assert.equal(events[0].object_id, red.json.id);
    assert.deepEqual(events[0].details.ids, [red.json.id]);
    assert.equal(events[0].details.reads, 6);
    assert.ok(
      String(events[0].details.first_read_at) <= String(events[0].details.last_read_at),
      'first and last reads are dated',
    );
    assert.equal((await verifyAudit(context.audit)).ok, true);
  });

  test('a different set of sensitive records on the page is another event', async () => {
    const author = await account(context, { role: 'analyst' });
    const client = apiClient(context, { token: author.token });
    const first = await client.post(
      '/api/incidents',
      incidentInput({ marking: 'RED', occurred: { date: '2025-06-14' }, signatures: [] }),
    );
    const second = await client.post(
      '/api/incidents',
      incidentInput({ marking: 'RED', occurred: { date: '2025-06-20' }, signatures: [] }),
    );
    const before = (await listEvents()).length;
    await client.get('/api/incidents?from=2025-06-01&to=2025-06-30');
    await client.get('/api/incidents?from=2025-06-01&to=2025-06-30');
    await client.get('/api/incidents?from=2025-06-01&to=2025-06-15');
    await context.incidents.readAudit?.flush();
    const events = (await listEvents()).slice(before);
    assert.deepEqual(
      events.map((event) => [[...(event.details.ids as string[])].sort(), event.details.reads]),
      [
        [[first.json.id, second.json.id].sort(), 2],
        [[first.json.id], 1],
      ],
    );
    assert.equal((await verifyAudit(context.audit)).ok, true);
  });

  test('the flush comes by itself after the while', async () => {
    const written: unknown[] = [];
    const batcher = new AuditBatcher(async (event) => written.push(event), { flushMs: 20 });
    batcher.record({ actor_id: null, actor: 'a', action: 'incident.list', details: { ids: ['x'] } });
    batcher.record({ actor_id: null, actor: 'a', action: 'incident.list', details: { ids: ['x'] } });
    assert.equal(written.length, 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await batcher.flush();
    assert.equal(written.length, 1);
    assert.equal((written[0] as { details: { reads: number } }).details.reads, 2);
    await batcher.close();
  });

  test('a batch that could not be written is kept and written at the next flush, reads merged', async () => {
    const written: Array<{ details: Record<string, unknown> }> = [];
    let failing = true;
    const errors: unknown[] = [];
    const batcher = new AuditBatcher(
      async (event) => {
        if (failing) throw new Error('store away');
        written.push(event);
      },
      { flushMs: 60_000, onError: (error) => errors.push(error) },
    );
    const read = () => batcher.record({ actor_id: 'u', actor: 'u', action: 'incident.list', details: { ids: ['y'] } });
    read();
    await batcher.flush();
    assert.equal(errors.length, 1);
    read();
    failing = false;
    await batcher.close();
    assert.equal(written.length, 1);
    assert.equal(written[0].details.reads, 2);
  });

  test('a clean stop writes the pending reads: none is lost', async () => {
    const author = await account(context, { role: 'analyst' });
    const client = apiClient(context, { token: author.token });
    const red = await client.post(
      '/api/incidents',
      incidentInput({ marking: 'RED', occurred: { date: '2025-08-14' }, signatures: [] }),
    );
    await client.get('/api/incidents?from=2025-08-01');
    await client.get('/api/incidents?from=2025-08-01');
    assert.equal(context.incidents.readAudit?.size, 1);
    await context.close();
    context = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
    const events = (await listEvents()).filter((event) => event.object_id === red.json.id);
    assert.equal(events.length, 1);
    assert.equal(events[0].details.reads, 2);
    assert.equal((await verifyAudit(context.audit)).ok, true);
  });
});
