import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { startServer, type RunningServer } from '../../src/api/server.ts';
import { openVigie, type VigieContext } from '../../src/context.ts';
import { account } from '../support/accounts.ts';
import { apiClient } from '../support/api-client.ts';
import { runVigie } from '../support/cli-runner.ts';
import { incidentInput } from '../support/factories.ts';
import { natsListening, TEST_NATS_URL } from '../support/nats.ts';
import { sseClient } from '../support/sse-client.ts';
import { freshStore, TEST_STORE, type TestStore } from '../support/test-store.ts';

const NATS_URL = TEST_NATS_URL;

const skip = TEST_STORE !== 'postgres' ? 'several instances share a PostgreSQL store (npm run test:pg)'
  : !(await natsListening(NATS_URL)) ? `no NATS server at ${NATS_URL} (VIGIE_TEST_NATS_URL)` : false;

/**
 * Two Vigie instances on one PostgreSQL database, with NATS carrying live events: what is written
 * through one instance (or by a command-line import) reaches the live stream of a reader connected
 * to the other.
 */
describe(`live events across instances on ${TEST_STORE}`, { skip }, () => {
  let store: TestStore;
  const contexts: VigieContext[] = [];
  const servers: RunningServer[] = [];
  const subject = `vigie.test.${randomBytes(4).toString('hex')}`;

  before(async () => {
    store = await freshStore();
    Object.assign(process.env, { VIGIE_NATS_URL: NATS_URL, VIGIE_NATS_SUBJECT: subject });
    try {
      for (let instance = 0; instance < 2; instance += 1) {
        const context = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
        contexts.push(context);
        servers.push(await startServer({ dataDir: store.dataDir, context, port: 0, detection: false, feeds: false, alerts: false } as Parameters<typeof startServer>[0]));
        await context.notifications.liveReady;
      }
    } finally {
      delete process.env.VIGIE_NATS_URL;
      delete process.env.VIGIE_NATS_SUBJECT;
    }
  });
  after(async () => {
    for (const server of servers) await server.close(); // closes its context too
    await store?.drop();
  });

  test('an incident written through one instance reaches a reader streaming from the other, once', async () => {
    const analyst = await account(contexts[0], { role: 'analyst' });
    const auth = { authorization: `Bearer ${analyst.token}` };
    const onB = await sseClient(`${servers[1].url}/api/stream`, auth);
    const onA = await sseClient(`${servers[0].url}/api/stream`, auth);
    const created = await apiClient(contexts[0], { token: analyst.token }).post('/api/incidents', incidentInput({ marking: 'GREEN' }));
    assert.equal(created.status, 201, created.text);
    const about = (stream: typeof onB) => stream.events.filter((e) => e.data.type === 'incident.created' && e.data.subject_id === created.json.id);
    await onB.until(() => about(onB).length > 0, 15_000);
    await onA.until(() => about(onA).length > 0, 15_000);
    const [event] = about(onB);
    const stored = await contexts[1].store.db.selectFrom('notification_events').select(['sequence']).where('id', '=', event.data.id).executeTakeFirstOrThrow();
    assert.equal(Number(event.id), Number(stored.sequence), 'the stream position is the stored sequence, so Last-Event-ID resumes on any instance');
    assert.equal(about(onB).length, 1, 'delivered once to the other instance');
    assert.equal(about(onA).length, 1, 'and once to its own');
    await onB.close();
    await onA.close();
  });

  test('a posture set from the command line reaches a reader of a running instance', async () => {
    const analyst = await account(contexts[0], { role: 'analyst' });
    const stream = await sseClient(`${servers[1].url}/api/stream`, { authorization: `Bearer ${analyst.token}` });
    Object.assign(process.env, { VIGIE_NATS_URL: NATS_URL, VIGIE_NATS_SUBJECT: subject });
    try {
      const set = await runVigie(store, 'posture', 'set', '--scope', 'site', '--id', 'fr-toulon-la-farlede-cp', '--level', 'high', '--reason', 'tirs sur la porte');
      assert.equal(set.code, 0, set.stderr);
    } finally {
      delete process.env.VIGIE_NATS_URL;
      delete process.env.VIGIE_NATS_SUBJECT;
    }
    await stream.until(() => stream.events.some((e) => e.data.type === 'posture.changed'), 15_000);
    await stream.close();
  });

  test('the instance running the detection analyses what another instance wrote', async () => {
    await contexts[1].detection.start();
    contexts[1].detection.watch(200);
    const analyst = await account(contexts[0], { role: 'analyst' });
    const created = await apiClient(contexts[0], { token: analyst.token }).post('/api/incidents', incidentInput({ marking: 'GREEN' }));
    assert.equal(created.status, 201, created.text);
    const analysed = async () => {
      const row = await contexts[1].store.db.selectFrom('incidents').select(['version', 'analysed_version']).where('id', '=', created.json.id).executeTakeFirstOrThrow();
      return row.analysed_version === row.version;
    };
    for (let waited = 0; !(await analysed()); waited += 100) {
      assert.ok(waited < 15_000, 'analysed by the watching instance');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
});
