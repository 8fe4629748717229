import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openVigie, type VigieContext } from '../../src/context.ts';

/** Which store the suites run on: PGlite always; PostgreSQL in the `npm run test:pg` suite. */
export const TEST_STORE = process.env.VIGIE_TEST_STORE === 'postgres' ? 'postgres' : 'pglite';

export interface TestStore {
  dataDir: string;
  databaseUrl?: string;
  drop(): Promise<void>;
}

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
  try {
    renameSync(building, template);
  } catch {
    rmSync(building, { recursive: true, force: true });
  }
  return template;
}

const adminUrl = () => process.env.VIGIE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A connection string to database `name` of the test server. */
function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A migrated PostgreSQL database made once per schema and copied with CREATE DATABASE ... TEMPLATE
 * for each test: migrating takes seconds, copying a small database a fraction of one. Workers that
 * race build their own and keep the first renamed into place.
 */
async function postgresTemplate(): Promise<string> {
  const template = `vigie_test_template_${schemaDigest()}`;
  const exists = await onServer(
    async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount === 1,
  );
  if (exists) return template;
  const building = `vigie_test_build_${randomBytes(6).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE ${building}`));
  const dataDir = mkdtempSync(join(tmpdir(), 'vigie-test-build-'));
  const context = await openVigie({ dataDir, databaseUrl: databaseUrl(building) });
  await context.close();
  rmSync(dataDir, { recursive: true, force: true });
  await onServer(async (client) => {
    try {
      await client.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    } catch {
      await client.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    }
  });
  return template;
}

/** A fresh, empty, migrated store: a PGlite folder, or a new PostgreSQL database. */
export async function freshStore(): Promise<TestStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigie-test-'));
  if (TEST_STORE === 'postgres') {
    const template = await postgresTemplate();
    const name = `vigie_test_${randomBytes(6).toString('hex')}`;
    await onServer((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
    return {
      dataDir,
      databaseUrl: databaseUrl(name),
      drop: async () => {
        await onServer((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
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
  return {
    ...context,
    storeConfig: store,
    close: async () => {
      await context.close();
      await store.drop();
    },
  };
}
