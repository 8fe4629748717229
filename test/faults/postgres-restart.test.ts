import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openVigie } from '../../src/context.ts';
import { account } from '../support/accounts.ts';
import { kill, spawnServer, storeEnv } from '../support/child-processes.ts';
import { TEST_STORE } from '../support/test-store.ts';
import { canRunOwnPostgres, ownPostgres, steadyLoad, type Answer } from './fault-support.ts';

const skip = TEST_STORE !== 'postgres' ? 'a PostgreSQL fault (npm run test:pg)' : canRunOwnPostgres();

/**
 * A real restart of a PostgreSQL cluster of the test's own (initdb in a temporary folder, pg_ctl stop
 * -m fast, then start on the same port) under steady reads and writes to a Vigie server in a child
 * process.
 */
test('PostgreSQL restarted under load: requests during the outage get 503 with Retry-After, none hangs, the server reconnects by itself and loses no acknowledged write', {
  skip,
}, async (t) => {
  const postgres = await ownPostgres();
  const dataDir = mkdtempSync(join(tmpdir(), 'vigie-pg-restart-'));
  const store = { dataDir, databaseUrl: postgres.url };
  try {
    const setup = await openVigie(store);
    const { token } = await account(setup, { role: 'analyst' });
    await setup.close();
    const server = await spawnServer(storeEnv(store, { VIGIE_PG_CONNECT_TIMEOUT_MS: '2000' }));
    const load = steadyLoad(server.url, token, { workers: 2, timeoutMs: 10_000 });
    let outage: Answer[] = [];
    try {
      const ok = (from: number) => (answers: Answer[]) =>
        answers.slice(from).filter((a) => a.status === 200 || a.status === 201).length >= 10;
      await load.until(ok(0), 20_000, 'answers before the restart');
      postgres.stop();
      const down = load.answers.length;
      await load.until(
        (answers) => answers.slice(down).filter((a) => a.status === 503).length >= 6,
        20_000,
        '503 during the outage',
      );
      postgres.start();
      const up = load.answers.length;
      outage = load.answers.slice(down, up);
      await load.until(ok(up), 30_000, 'answers again after the restart');
      await load.stop();
      assert.equal(server.child.exitCode, null, `the server is still running: ${server.output().slice(-2000)}`);
    } finally {
      await load.stop();
      await kill(server.child, 'SIGTERM');
    }

    const statuses = new Set(load.answers.map((a) => a.status));
    assert.deepEqual(
      [...statuses].filter((s) => ![200, 201, 503].includes(s as number)),
      [],
      `only 200, 201 and 503: ${JSON.stringify(load.answers.filter((a) => ![200, 201, 503].includes(a.status as number)).slice(0, 3))}`,
    );
    const refused = load.answers.filter((a) => a.status === 503);
    assert.ok(
      refused.every(
        (a) => Number(a.retryAfter) > 0 && a.code === 'store_unavailable' && /database/.test(a.message ?? ''),
      ),
      `every 503 says to retry: ${JSON.stringify(refused[0])}`,
    );
    assert.ok(
      outage.some((a) => a.kind === 'read' && a.status === 503) &&
        outage.some((a) => a.kind === 'write' && a.status === 503),
      'reads and writes both refused during the outage',
    );

    // Every write acknowledged with 201 is stored, once.
    const check = await openVigie(store);
    const acknowledged = load.answers.filter((a) => a.status === 201).map((a) => a.externalId!);
    const stored = await check.store.db
      .selectFrom('incidents')
      .select('external_id')
      .where('external_id', 'in', acknowledged)
      .execute();
    await check.close();
    assert.equal(stored.length, acknowledged.length, 'every acknowledged write is stored');
    t.diagnostic(
      `${load.answers.length} requests: ${acknowledged.length} writes acknowledged, ${refused.length} answered 503 (Retry-After ${refused[0]?.retryAfter} s), ${outage.length} during the outage`,
    );
  } finally {
    postgres.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
