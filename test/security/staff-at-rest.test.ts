import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { openVigie, type VigieContext } from '../../src/context.ts';
import { apiClient } from '../support/api-client.ts';
import { account } from '../support/accounts.ts';
import { CHILD_NODE_FLAGS } from '../support/child-processes.ts';
import { incidentInput } from '../support/factories.ts';
import { freshStore, TEST_STORE, type TestStore } from '../support/test-store.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'vigie.mjs');
const ADDRESS = '27 impasse des Mésanges, 54000 Nancy';
const NAME = 'Théo Brunel-Fictif';

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe(`STAFF details at rest on ${TEST_STORE}`, () => {
  let store: TestStore;
  let context: VigieContext;
  let holder: ReturnType<typeof apiClient>;
  let incidentId: string;

  before(async () => {
    store = await freshStore();
    context = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
    holder = apiClient(context, { token: (await account(context, { compartments: ['STAFF'] })).token });
    const created = await holder.post(
      '/api/incidents',
      incidentInput({
        facility: undefined,
        place: { lat: 48.69, lon: 6.18, precision: 'commune', commune: 'Nancy', department: '54' },
        event_types: ['threat'],
        target_kinds: ['staff_home'],
        staff: { name: NAME, home_address: ADDRESS },
      }),
    );
    assert.equal(created.status, 201, created.text);
    incidentId = created.json.id;
  });
  after(async () => {
    await context.close().catch(() => undefined);
    await store.drop();
  });

  test('no table holds the home address or the name in clear', async () => {
    for (const table of ['incidents', 'audit_events']) {
      const found = await sql<{
        n: string;
      }>`SELECT count(*) AS n FROM ${sql.table(table)} t WHERE t::text LIKE ${`%${'Mésanges'}%`} OR t::text LIKE ${'%Brunel%'}`.execute(
        context.store.db,
      );
      assert.equal(Number(found.rows[0].n), 0, table);
    }
    const sealed = await context.store.db
      .selectFrom('incidents')
      .select('staff_sealed')
      .where('id', '=', incidentId)
      .executeTakeFirstOrThrow();
    assert.match(sealed.staff_sealed ?? '', /^v1\.[0-9a-f]{12}\./);
  });

  test('the raw files of the embedded store do not contain the address', {
    skip: TEST_STORE !== 'pglite' && 'PostgreSQL keeps its files elsewhere; the table check covers it',
  }, async () => {
    await context.close();
    const needles = [ADDRESS, 'Mésanges', 'Brunel'].map((text) => Buffer.from(text, 'utf8'));
    const files = filesUnder(store.dataDir);
    assert.ok(files.length > 100, 'the PGlite cluster is there');
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const needle of needles) assert.equal(bytes.indexOf(needle), -1, `${needle} found in ${file}`);
    }
    context = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
    holder = apiClient(context, { token: (await account(context, { compartments: ['STAFF'] })).token });
  });

  test('the holder reads it back in clear, and each such read is in the audit trail', async () => {
    const read = await holder.get(`/api/incidents/${incidentId}`);
    assert.equal(read.json.staff.home_address, ADDRESS);
    const events = await context.audit.recent(20);
    assert.ok(
      events.some((e) => e.action === 'incident.read' && e.object_id === incidentId),
      'read audited',
    );
  });

  test('vigie keys rotate seals again with a new key, and the address still reads back', async () => {
    const before = (
      await context.store.db
        .selectFrom('incidents')
        .select('staff_sealed')
        .where('id', '=', incidentId)
        .executeTakeFirstOrThrow()
    ).staff_sealed!;
    await context.close();
    const env = {
      ...process.env,
      VIGIE_DATA_DIR: store.dataDir,
      DATABASE_URL: store.databaseUrl ?? '',
      VIGIE_MASTER_KEY: '',
    };
    const rotated = await run(process.execPath, [...CHILD_NODE_FLAGS, BIN, 'keys', 'rotate'], { env });
    assert.match(rotated.stdout, /1 sealed values sealed again/);
    context = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
    const after = (
      await context.store.db
        .selectFrom('incidents')
        .select('staff_sealed')
        .where('id', '=', incidentId)
        .executeTakeFirstOrThrow()
    ).staff_sealed!;
    assert.notEqual(after.split('.')[1], before.split('.')[1], 'a new key id');
    const client = apiClient(context, { token: (await account(context, { compartments: ['STAFF'] })).token });
    assert.equal((await client.get(`/api/incidents/${incidentId}`)).json.staff.home_address, ADDRESS);
  });
});
