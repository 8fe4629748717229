import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type RunningServer } from '../../src/api/server.ts';
import type { VigieContext } from '../../src/context.ts';
import { signedInClient } from '../support/api-client.ts';
import { incidentInput } from '../support/factories.ts';
import { sseClient } from '../support/sse-client.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

process.env.VIGIE_STREAM_HEARTBEAT_MS = '200';

describe(`live stream and notification centre on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let server: RunningServer;
  before(async () => {
    context = await freshContext();
    server = await startServer({
      dataDir: '',
      context,
      port: 0,
      detection: false,
      feeds: false,
      alerts: false,
    } as Parameters<typeof startServer>[0]);
  });
  after(async () => {
    await server.close();
  });

  test('a new incident reaches the stream of a reader, with heartbeats, and resumes after Last-Event-ID', async () => {
    const analyst = await signedInClient(context, { role: 'analyst' });
    const auth = { authorization: `Bearer ${analyst.user.token}` };
    const stream = await sseClient(`${server.url}/api/stream`, auth);
    assert.equal(stream.status, 200);
    const created = await analyst.post('/api/incidents', incidentInput({ external_id: 'sse-1', marking: 'GREEN' }));
    assert.equal(created.status, 201, created.text);
    await stream.until(() => stream.events.some((e) => e.data.subject_id === created.json.id));
    const event = stream.events.find((e) => e.data.subject_id === created.json.id)!;
    assert.equal(event.event, 'notification');
    assert.equal(event.data.type, 'incident.created');
    assert.equal(event.data.link, `/incidents/${created.json.id}`);
    assert.equal(event.id, String(event.data.sequence));
    await stream.until(() => stream.comments.includes('heartbeat'), 3000);
    await stream.close();

    const second = await analyst.post('/api/incidents', incidentInput({ external_id: 'sse-2', marking: 'GREEN' }));
    const resumed = await sseClient(`${server.url}/api/stream`, { ...auth, 'last-event-id': event.id! });
    await resumed.until(() => resumed.events.some((e) => e.data.subject_id === second.json.id));
    assert.ok(
      resumed.events.every((e) => Number(e.id) > Number(event.id)),
      'only what came after the last event seen',
    );
    await resumed.close();
  });

  test('the stream refuses anonymous readers', async () => {
    const response = await fetch(`${server.url}/api/stream`);
    assert.equal(response.status, 401);
    await response.body?.cancel();
  });

  test('the centre lists, counts and marks read', async () => {
    const reader = await signedInClient(context, { role: 'reporter', org: 'Centre Org' });
    const start = (await reader.get('/api/notifications/unread-count')).json.unread;
    const made = await reader.post('/api/incidents', incidentInput({ external_id: 'centre-1', marking: 'AMBER' }));
    assert.equal(made.status, 201, made.text);
    // The alert rules publish about the same incident after the write: let them finish, so the counts
    // below move only by what the test does.
    await context.alerting.idle();
    await context.escortWatch.idle();
    assert.ok((await reader.get('/api/notifications/unread-count')).json.unread >= start + 1);
    const page = await reader.get('/api/notifications?unread=true&limit=5');
    assert.equal(page.status, 200);
    const mine = page.json.items.find((i: { subject_id: string }) => i.subject_id === made.json.id);
    assert.equal(mine.read, false);
    const before = (await reader.get('/api/notifications/unread-count')).json.unread;
    const marked = await reader.post('/api/notifications/read', { ids: [mine.id] });
    assert.equal(marked.json.unread, before - 1);
    assert.ok(
      !(await reader.get('/api/notifications?unread=true')).json.items.some((i: { id: string }) => i.id === mine.id),
    );
    assert.equal((await reader.post('/api/notifications/read', { all: true })).json.unread, 0);
    assert.equal((await reader.post('/api/notifications/read', { ids: ['nope'] })).status, 400);
  });
});
