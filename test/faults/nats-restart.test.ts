import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openVigie } from '../../src/context.ts';
import { account } from '../support/accounts.ts';
import { kill, spawnServer, storeEnv, type ServerChild } from '../support/child-processes.ts';
import { incidentInput } from '../support/factories.ts';
import { sseClient } from '../support/sse-client.ts';
import { freshStore, TEST_STORE } from '../support/test-store.ts';
import { freePort } from './fault-support.ts';

const NATS_SERVER = '/usr/sbin/nats-server';
const skip =
  TEST_STORE !== 'postgres'
    ? 'several instances share a PostgreSQL store (npm run test:pg)'
    : !existsSync(NATS_SERVER)
      ? `no ${NATS_SERVER}`
      : false;

/** A NATS server of the test's own (JetStream on, its store in `folder`) on `port`; resolves once it accepts connections. */
async function startNats(port: number, folder: string): Promise<ChildProcess> {
  const nats = spawn(NATS_SERVER, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', folder], { stdio: 'ignore' });
  for (let waited = 0; !(await accepts(port)); waited += 100) {
    assert.ok(waited < 10_000 && nats.exitCode === null, 'nats-server started');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return nats;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/**
 * Two Vigie instances (child processes) on one PostgreSQL database with a NATS server of the test's
 * own between them: NATS killed with SIGKILL, the instances still answer; NATS started again on the
 * same port, live events cross between the instances again without anything restarted.
 */
test('NATS killed and restarted: both instances answer during the outage, live events cross between them again by themselves and an import job queued during the outage is done after it', {
  skip,
}, async (t) => {
  const port = await freePort();
  const folder = mkdtempSync(join(tmpdir(), 'vigie-own-nats-'));
  const store = await freshStore();
  let nats = await startNats(port, folder);
  const servers: ServerChild[] = [];
  try {
    const setup = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
    const { token } = await account(setup, { role: 'analyst' });
    await setup.close();
    // The import sweep every 3 s instead of every minute: the job queued during the outage is found sooner.
    const env = storeEnv(store, {
      VIGIE_NATS_URL: `nats://127.0.0.1:${port}`,
      VIGIE_NATS_SUBJECT: 'vigie.faults.live',
      VIGIE_IMPORT_SWEEP_MS: '3000',
    });
    servers.push(await spawnServer(env), await spawnServer(env));
    const [a, b] = servers;
    const auth = { authorization: `Bearer ${token}` };
    const create = async (server: ServerChild) => {
      const response = await fetch(`${server.url}/api/incidents`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify(incidentInput({ marking: 'GREEN' })),
        signal: AbortSignal.timeout(10_000),
      });
      const text = await response.text();
      assert.equal(response.status, 201, text);
      return (JSON.parse(text) as { id: string }).id;
    };
    const onB = await sseClient(`${b.url}/api/stream`, auth);
    const seenOnB = (id: string) =>
      onB.events.some((e) => e.data.type === 'incident.created' && e.data.subject_id === id);
    try {
      const before = await create(a);
      await onB.until(() => seenOnB(before), 15_000);

      await kill(nats);
      const killedAt = Date.now();
      // No request waits on NATS: writes and reads answer on both instances (10 s client deadline each).
      const duringOutage: string[] = [];
      for (let round = 0; round < 3; round += 1) {
        for (const server of servers) {
          duringOutage.push(await create(server));
          const list = await fetch(`${server.url}/api/incidents?limit=5`, {
            headers: auth,
            signal: AbortSignal.timeout(10_000),
          });
          assert.equal(list.status, 200);
        }
      }

      // An import job queued during the outage: stored (202); its work message cannot be published.
      const rows = [incidentInput(), incidentInput(), incidentInput()].map((row) => JSON.stringify(row)).join('\n');
      const queuedAt = Date.now();
      const queued = await fetch(`${b.url}/api/import-jobs?format=ndjson`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/x-ndjson' },
        body: rows,
        signal: AbortSignal.timeout(10_000),
      });
      const queuedText = await queued.text();
      assert.equal(queued.status, 202, queuedText);
      const job = JSON.parse(queuedText) as { id: string };
      const queueMs = Date.now() - queuedAt;
      const outageMs = Date.now() - killedAt;
      nats = await startNats(port, folder);
      const restartedAt = Date.now();
      // The clients reconnect by themselves (every second): an event written on A after that reaches B.
      let after = await create(a);
      for (let waited = 0; !seenOnB(after); waited += 2000) {
        assert.ok(waited < 30_000, 'live events cross again after NATS is back');
        await onB
          .until(() => seenOnB(after), 2000)
          .catch(async () => {
            after = await create(a);
          });
      }
      t.diagnostic(
        `12 requests during the outage answered in ${outageMs} ms; live events crossed again ${Date.now() - restartedAt} ms after NATS restarted`,
      );
      // What was written on either instance during the outage reaches B's open stream once the link is
      // back: the stream fetches from the database what the bus may have lost.
      await onB.until(() => duringOutage.every(seenOnB), 15_000).catch(() => undefined);
      assert.deepEqual(
        duringOutage.filter((id) => !seenOnB(id)),
        [],
        'every event written during the outage reaches the open stream after it',
      );
      const delivered = onB.events.filter(
        (e) => e.data.type === 'incident.created' && duringOutage.includes(e.data.subject_id),
      );
      assert.equal(delivered.length, duringOutage.length, 'each once');
      // The job queued during the outage is done after it, by whichever instance takes it: its work
      // message could not be published, so the import sweep (every 3 s here; every minute by default,
      // for jobs queued over a sweep ago) submits it again.
      for (let waited = 0; ; waited += 500) {
        const read = await fetch(`${a.url}/api/import-jobs/${job.id}`, { headers: auth });
        const state = (await read.json()) as { state: string; stored: number; already_there: number };
        if (state.state === 'done') {
          assert.deepEqual([state.stored, state.already_there], [3, 0], 'its three rows stored, once');
          t.diagnostic(
            `import job queued during the outage (answered 202 in ${queueMs} ms) done ${Date.now() - restartedAt} ms after NATS restarted`,
          );
          break;
        }
        assert.ok(
          waited < 150_000 && !['failed', 'cancelled'].includes(state.state),
          `the job queued during the outage is done after it: ${JSON.stringify(state).slice(0, 300)}`,
        );
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      assert.equal(a.child.exitCode, null, 'instance A still runs');
      assert.equal(b.child.exitCode, null, 'instance B still runs');
    } finally {
      await onB.close();
    }
  } finally {
    for (const server of servers) await kill(server.child, 'SIGTERM');
    await kill(nats);
    await store.drop();
    rmSync(folder, { recursive: true, force: true });
  }
});
