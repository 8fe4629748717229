import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createDb, type Store } from './db.ts';
import { LeaderLease } from './leader-lease.ts';
import { migrate } from './migrate.ts';
import { freshStore, TEST_STORE, type TestStore } from '../../test/support/test-store.ts';

async function until(check: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 15_000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe(`the detector lease on ${TEST_STORE}`, () => {
  let config: TestStore;
  const stores: Store[] = [];
  const open = async () => {
    const store = await createDb(config);
    stores.push(store);
    return store;
  };
  before(async () => {
    config = await freshStore();
    await migrate((await open()).db);
  });
  after(async () => {
    for (const store of stores) await store.close();
    await config.drop();
  });

  test('one instance holds the role; it passes on when the holder stops or loses its connection', {
    skip: TEST_STORE !== 'postgres' && 'one process holds it on the embedded store (next test)',
  }, async () => {
    const [a, b] = [await open(), await open()];
    const log: string[] = [];
    const events = (name: string) => ({
      lead: async () => {
        log.push(`${name} leads`);
      },
      lose: async () => {
        log.push(`${name} lost`);
      },
    });
    const leaseA = new LeaderLease(a.db, a.kind, 'vigie.test-role', 200);
    const leaseB = new LeaderLease(b.db, b.kind, 'vigie.test-role', 200);
    // Stopped whatever happens: a lease left running after its store closes retries for ever and keeps
    // this file from ending (a failed assertion here once held a CI run for the runner's 30 minutes).
    try {
      await leaseA.start(events('a'));
      await leaseB.start(events('b'));
      assert.deepEqual([leaseA.leading, leaseB.leading], [true, false]);
      // A's database connection is cut (what a PostgreSQL restart or a network cut does to it). Only the
      // backend holding this role's lock in this test's database: other files run beside this one on the
      // same server, and their advisory locks (audit, migrations, their own leases) are not ours to cut.
      await sql`SELECT pg_terminate_backend(pid) FROM pg_locks
        WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND objid::text::bigint = (hashtext('vigie.test-role')::bigint & 4294967295)`.execute(b.db);
      await until(() => leaseB.leading, 'b to take the role');
      await until(() => log.includes('a lost'), 'a to learn it lost the role');
      assert.equal(leaseA.leading, false);
      // PostgreSQL frees the lock when A's backend dies: B may take it before A's next check tells A it
      // lost it, so the two lines come in either order.
      assert.deepEqual(log.slice(0, 3).sort(), ['a leads', 'a lost', 'b leads']);
      assert.equal(log[0], 'a leads');
      // A contends again and waits; B stops cleanly and A takes over.
      await leaseB.stop();
      await until(() => leaseA.leading, 'a to take the role back');
      await leaseA.stop();
      assert.deepEqual(log.slice(3), ['b lost', 'a leads', 'a lost']);
    } finally {
      await Promise.all([leaseA.stop(), leaseB.stop()]);
    }
  });

  test('the embedded store has one process: it holds the role at once', {
    skip: TEST_STORE === 'postgres' && 'several instances contend on PostgreSQL (previous test)',
  }, async () => {
    const store = stores[0];
    const lease = new LeaderLease(store.db, store.kind, 'vigie.test-role');
    let led = 0;
    await lease.start({
      lead: async () => {
        led += 1;
      },
      lose: async () => undefined,
    });
    assert.equal(lease.leading, true);
    assert.equal(led, 1);
    await lease.stop();
  });
});
