import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import { openVigie } from '../../src/context.ts';
import { account } from '../support/accounts.ts';
import { kill, spawnServer, spawnVigie, storeEnv, waitForOutput } from '../support/child-processes.ts';
import { runVigie } from '../support/cli-runner.ts';
import { freshStore, TEST_STORE, type TestStore } from '../support/test-store.ts';
import { incidentFile, storeState } from './fault-support.ts';

// Enough rows that the import is still writing when it is killed: the CLI prints its first progress line
// once the first batch of 1,000 is stored (src/core/shared/import-runner.ts), the test kills it on that
// line, and 6,000 rows are then left (more than a second of work; a finished import fails the test,
// which asserts the SIGKILL). Each import costs CPU in proportion: this file imports the file five times.
const ROWS = 8_000;

/**
 * An import is one transaction: a process killed with SIGKILL in the middle of one leaves nothing
 * of it, the store opens and its audit chain holds, and importing the file again stores each row
 * once (a third time, none).
 */
describe(`an import killed with SIGKILL on ${TEST_STORE}`, () => {
  let store: TestStore;
  let file: ReturnType<typeof incidentFile>;
  const files: string[] = [];
  before(async () => {
    store = await freshStore();
    file = incidentFile(ROWS, `kill-${process.pid}`);
    files.push(file.path);
  });
  after(async () => {
    await store?.drop();
    for (const path of files) rmSync(dirname(path), { recursive: true, force: true });
  });

  test('a command-line import killed on its first progress line leaves nothing; imported again, every row once', async () => {
    const initial = await storeState(store);
    const child = spawnVigie(storeEnv(store), 'import', file.path);
    let stdout = '';
    child.stdout!.on('data', (chunk) => {
      stdout += String(chunk);
    });
    await waitForOutput(child.stderr!, /[\d,]+ rows read, [\d,]+ stored/);
    assert.equal(await kill(child), 'SIGKILL', 'killed while importing, not finished');
    assert.doesNotMatch(stdout, /added/);

    const afterKill = await storeState(store);
    assert.equal(afterKill.incidents, 0, 'nothing of the killed import is stored');
    assert.ok(afterKill.auditIntact, 'the audit chain holds after the kill');
    assert.equal(afterKill.auditEvents, initial.auditEvents, 'and records nothing of the killed import');

    const again = await runVigie(store, 'import', file.path);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, new RegExp(`${ROWS} rows, ${ROWS} incidents added, 0 already there`));
    const stored = await storeState(store);
    assert.deepEqual([stored.incidents, stored.distinctExternalIds, stored.auditIntact], [ROWS, ROWS, true]);

    const third = await runVigie(store, 'import', file.path);
    assert.equal(third.code, 0, third.stderr);
    assert.match(third.stdout, new RegExp(`${ROWS} rows, 0 incidents added, ${ROWS} already there`));
    const verified = await runVigie(store, 'audit', 'verify');
    assert.equal(verified.code, 0, verified.stderr);
    assert.equal((await storeState(store)).incidents, ROWS, 'the third import changed nothing');
  });

  test('an HTTP import whose server is killed in the middle of the request leaves nothing; sent again, every row once', async () => {
    const setup = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
    const { token } = await account(setup, { role: 'analyst' });
    await setup.close();
    // The second test reuses the first's store: start from what it left.
    const base = await storeState(store);
    const http = incidentFile(ROWS, `http-kill-${process.pid}`);
    files.push(http.path);
    const server = await spawnServer(storeEnv(store));
    // Sent chunked, without a length (a streaming client): the server streams the body into the
    // import as it comes; only half of it is ever sent.
    const upload = request(`${server.url}/api/incidents/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
    });
    const failed = new Promise<Error>((resolve) => {
      upload.on('error', resolve);
      upload.on('response', () => resolve(new Error('the server answered before the body was sent')));
    });
    // Half the file, then wait until the server is writing it (the rest is never sent).
    const half = `${http.lines.slice(0, ROWS / 2).join('\n')}\n`;
    if (!upload.write(half)) await new Promise((resolve) => upload.once('drain', resolve));
    await writing(store);
    assert.equal(await kill(server.child), 'SIGKILL');
    assert.match((await failed).message, /socket hang up|ECONNRESET|EPIPE/, 'the client sees the connection cut');

    const afterKill = await storeState(store);
    assert.equal(afterKill.incidents, base.incidents, 'nothing of the killed request is stored');
    assert.ok(afterKill.auditIntact);

    const restarted = await spawnServer(storeEnv(store));
    try {
      const send = async () => {
        const response = await fetch(`${restarted.url}/api/incidents/import`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
          body: readFileSync(http.path),
        });
        return {
          status: response.status,
          body: (await response.json()) as { total: number; inserted: number; skipped: number },
        };
      };
      const again = await send();
      assert.equal(again.status, 200, JSON.stringify(again.body));
      assert.deepEqual([again.body.total, again.body.inserted, again.body.skipped], [ROWS, ROWS, 0]);
      const third = await send();
      assert.deepEqual([third.body.inserted, third.body.skipped], [0, ROWS]);
    } finally {
      await kill(restarted.child, 'SIGTERM');
    }
    const stored = await storeState(store);
    assert.equal(stored.incidents, base.incidents + ROWS);
    assert.equal(stored.distinctExternalIds, stored.incidents, 'no row stored twice');
    assert.ok(stored.auditIntact);
  });
});

/**
 * Resolves once the server has begun writing the import. On PostgreSQL, a backend of the test
 * database holds a transaction id (it has written rows, not yet committed). PGlite cannot be looked
 * into from outside its process: there, the server has had the rows for two seconds, time to validate
 * and write several batches of 1,000 (it validates more than 1,500 rows a second on this machine).
 */
async function writing(store: TestStore): Promise<void> {
  if (!store.databaseUrl) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    return;
  }
  const client = new pg.Client({ connectionString: store.databaseUrl });
  await client.connect();
  try {
    for (let waited = 0; ; waited += 100) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS writing FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`,
      );
      if (rows[0].writing > 0) return;
      assert.ok(waited < 60_000, 'the server began writing the import');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await client.end();
  }
}
