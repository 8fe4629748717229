import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
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

const skip =
  TEST_STORE !== 'postgres'
    ? 'several instances share a PostgreSQL store (npm run test:pg)'
    : !(await natsListening(NATS_URL))
      ? `no NATS server at ${NATS_URL} (VIGIE_TEST_NATS_URL)`
      : false;

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
  const workStream = `VIGIE_TEST_WORK_${randomBytes(4).toString('hex').toUpperCase()}`;

  before(async () => {
    store = await freshStore();
    Object.assign(process.env, {
      VIGIE_NATS_URL: NATS_URL,
      VIGIE_NATS_SUBJECT: subject,
      VIGIE_NATS_WORK_STREAM: workStream,
    });
    try {
      for (let instance = 0; instance < 2; instance += 1) {
        const context = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
        contexts.push(context);
        servers.push(
          await startServer({
            dataDir: store.dataDir,
            context,
            port: 0,
            detection: false,
            feeds: false,
            alerts: false,
          } as Parameters<typeof startServer>[0]),
        );
        await context.notifications.liveReady;
      }
    } finally {
      delete process.env.VIGIE_NATS_URL;
      delete process.env.VIGIE_NATS_SUBJECT;
      delete process.env.VIGIE_NATS_WORK_STREAM;
    }
  });
  after(async () => {
    for (const server of servers) await server.close(); // closes its context too
    await store?.drop();
    const nc = await connect({ servers: NATS_URL });
    await (await jetstreamManager(nc)).streams.delete(workStream).catch(() => undefined);
    await nc.close();
  });

  test('an incident written through one instance reaches a reader streaming from the other, once', async () => {
    const analyst = await account(contexts[0], { role: 'analyst' });
    const auth = { authorization: `Bearer ${analyst.token}` };
    const onB = await sseClient(`${servers[1].url}/api/stream`, auth);
    const onA = await sseClient(`${servers[0].url}/api/stream`, auth);
    const created = await apiClient(contexts[0], { token: analyst.token }).post(
      '/api/incidents',
      incidentInput({ marking: 'GREEN' }),
    );
    assert.equal(created.status, 201, created.text);
    const about = (stream: typeof onB) =>
      stream.events.filter((e) => e.data.type === 'incident.created' && e.data.subject_id === created.json.id);
    await onB.until(() => about(onB).length > 0, 15_000);
    await onA.until(() => about(onA).length > 0, 15_000);
    const [event] = about(onB);
    const stored = await contexts[1].store.db
      .selectFrom('notification_events')
      .select(['sequence'])
      .where('id', '=', event.data.id)
      .executeTakeFirstOrThrow();
    assert.equal(
      Number(event.id),
      Number(stored.sequence),
      'the stream position is the stored sequence, so Last-Event-ID resumes on any instance',
    );
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
      const set = await runVigie(
        store,
        'posture',
        'set',
        '--scope',
        'site',
        '--id',
        'fr-toulon-la-farlede-cp',
        '--level',
        'high',
        '--reason',
        'tirs sur la porte',
      );
      assert.equal(set.code, 0, set.stderr);
    } finally {
      delete process.env.VIGIE_NATS_URL;
      delete process.env.VIGIE_NATS_SUBJECT;
    }
    await stream.until(() => stream.events.some((e) => e.data.type === 'posture.changed'), 15_000);
    await stream.close();
  });

  test('one instance holds the detector lease and analyses, through JetStream, what another wrote; when it stops the other takes over', async () => {
    await contexts[0].detector.start();
    await contexts[1].detector.start();
    assert.deepEqual(
      contexts.map((context) => context.detector.leading),
      [true, false],
    );
    const analyst = await account(contexts[0], { role: 'analyst' });
    const survivor = contexts[1];
    const analysed = async (id: string) => {
      const row = await survivor.store.db
        .selectFrom('incidents')
        .select(['version', 'analysed_version'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return row.analysed_version === row.version;
    };
    const writeThrough = async (server: number) => {
      const created = await apiClient(contexts[server], { token: analyst.token }).post(
        '/api/incidents',
        incidentInput({ marking: 'GREEN' }),
      );
      assert.equal(created.status, 201, created.text);
      for (let waited = 0; !(await analysed(created.json.id)); waited += 100) {
        assert.ok(waited < 20_000, 'analysed by the lease holder');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    await writeThrough(1);
    // The write on the other instance reached the holder as `detect` work on the shared stream.
    const nc = await connect({ servers: NATS_URL });
    const consumer = await (await jetstreamManager(nc)).consumers.info(workStream, `${workStream}_detect`);
    await nc.close();
    assert.ok(consumer.ack_floor.stream_seq >= 1, 'detect work went through JetStream and was acknowledged');
    // The holder stops: the other instance takes the lease and analyses from then on.
    await servers[0].close();
    servers.shift();
    contexts.shift();
    for (let waited = 0; !contexts[0].detector.leading; waited += 100) {
      assert.ok(waited < 20_000, 'the lease passed on');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await writeThrough(0);
  });
});
