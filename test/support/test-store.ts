import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openVigie, type VigieContext } from '../../src/context.ts';

/** Which store the suites run on: PGlite always; PostgreSQL in the `npm run test:pg` suite. */
export const TEST_STORE = process.env.VIGIE_TEST_STORE === 'postgres' ? 'postgres' : 'pglite';

export interface TestStore { dataDir: string; databaseUrl?: string; drop(): Promise<void> }

const MIGRATIONS = join(import.meta.dirname, '..', '..', 'src', 'store', 'migrations');

/** A digest of the migrations and reference data: a template made from older files is not reused. */
function schemaDigest(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(MIGRATIONS).sort()) hash.update(name).update(readFileSync(join(MIGRATIONS, name)));
  hash.update(readFileSync(join(import.meta.dirname, '..', '..', 'reference', 'facilities-fr.json')));
  return hash.digest('hex').slice(0, 12);
}

/**
 * A migrated PGlite folder made once and copied for each test: creating a PGlite cluster takes
 * seconds, copying one takes milliseconds.
 */
async function pgliteTemplate(): Promise<string> {
  const template = join(tmpdir(), `vigie-test-template-${schemaDigest()}`);
  if (existsSync(join(template, 'PG_VERSION'))) return template;
  const building = mkdtempSync(join(tmpdir(), 'vigie-test-template-build-'));
  const context = await openVigie({ dataDir: building });
  await context.close();
  try { renameSync(building, template); } catch { rmSync(building, { recursive: true, force: true }); }
  return template;
}

/** A fresh, empty, migrated store: a PGlite folder, or a new PostgreSQL database. */
export async function freshStore(): Promise<TestStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigie-test-'));
  if (TEST_STORE === 'postgres') {
    const base = process.env.VIGIE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const name = `vigie_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    return {
      dataDir, databaseUrl: url.toString(),
      drop: async () => {
        const client = new pg.Client({ connectionString: base });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const template = await pgliteTemplate();
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  cpSync(template, dataDir, { recursive: true });
  return { dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** An open Vigie on a fresh store; `close()` also deletes the store. */
export async function freshContext(): Promise<VigieContext & { storeConfig: TestStore }> {
  const store = await freshStore();
  const context = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
  return { ...context, storeConfig: store, close: async () => { await context.close(); await store.drop(); } };
}
