import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { openVigie, type VigieContext } from '../../src/context.ts';
import { apiClient } from '../support/api-client.ts';
import { account } from '../support/accounts.ts';
import { incidentInput } from '../support/factories.ts';
import { freshStore, TEST_STORE, type TestStore } from '../support/test-store.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'vigie.mjs');

describe(`tamper-evident audit trail on ${TEST_STORE}`, () => {
  let store: TestStore;
  let context: VigieContext | undefined;

  async function vigie(...args: string[]) {
    const env = { ...process.env, VIGIE_DATA_DIR: store.dataDir, DATABASE_URL: store.databaseUrl ?? '' };
    try {
      const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  before(async () => {
    store = await freshStore();
    context = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
    const client = apiClient(context, { token: (await account(context, { role: 'admin' })).token });
    const created = await client.post('/api/incidents', incidentInput({ marking: 'RED' }));
    await client.patch(`/api/incidents/${created.json.id}`, { version: 1, status: 'verified' });
    await client.get(`/api/incidents/${created.json.id}`);
    await context.close();
    context = undefined;
  });
  after(async () => { await context?.close(); await store.drop(); });

  test('records who did what: the account, the writes and the read of a RED record', async () => {
    const exported = await vigie('audit', 'export');
    const actions = exported.stdout.trim().split('\n').map((line) => JSON.parse(line).action);
    for (const action of ['user.create', 'token.create', 'incident.create', 'incident.update', 'incident.read']) assert.ok(actions.includes(action), action);
    const verified = await vigie('audit', 'verify');
    assert.equal(verified.code, 0, verified.stderr);
    assert.match(verified.stdout, /intact: \d+ events/);
  });

  test('an event edited directly in the database breaks the chain, and verify names it', async () => {
    context = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
    await sql`UPDATE audit_events SET actor = 'someone-else' WHERE seq = 3`.execute(context.store.db);
    await context.close();
    context = undefined;
    const verified = await vigie('audit', 'verify');
    assert.equal(verified.code, 2);
    assert.match(verified.stderr, /BROKEN at event 3: event 3 was changed/);
  });

  test('an event deleted from the middle is named as missing', async () => {
    context = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
    await sql`UPDATE audit_events SET actor = 'admin-restored' WHERE seq = 3`.execute(context.store.db);
    await sql`DELETE FROM audit_events WHERE seq = 2`.execute(context.store.db);
    await context.close();
    context = undefined;
    const verified = await vigie('audit', 'verify');
    assert.equal(verified.code, 2);
    assert.match(verified.stderr, /BROKEN at event 2: event 2 is missing/);
  });
});
