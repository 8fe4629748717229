import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHash, randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openVigie, type VigieContext } from '../../src/context.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';

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
  if (TEST_STORE === 'postgres') return copyOfDatabase(await postgresTemplate(), dataDir);
  const template = await pgliteTemplate();
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  cpSync(template, dataDir, { recursive: true });
  return { dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** A new database copied from `template` on the test server, with `dataDir` for the instance's files. */
async function copyOfDatabase(template: string, dataDir: string): Promise<TestStore> {
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

/** An open Vigie on `store`; `close()` also deletes the store. */
async function contextOn(store: TestStore): Promise<VigieContext & { storeConfig: TestStore }> {
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

/** An open Vigie on a fresh store; `close()` also deletes the store. */
export async function freshContext(): Promise<VigieContext & { storeConfig: TestStore }> {
  return contextOn(await freshStore());
}

/**
 * The name prefix of this test run's demo templates (set by scripts/run-tests.mjs, which deletes the
 * folders and databases that carry it when the run ends); without it every demo store is loaded afresh.
 */
const RUN_TEMPLATES = /^[a-z0-9_]+$/.test(process.env.VIGIE_TEST_RUN_TEMPLATES ?? '')
  ? process.env.VIGIE_TEST_RUN_TEMPLATES!
  : null;

/**
 * Runs `build` once per name across the run's test processes: the first takes a lock file and
 * builds, the others wait for what it made (`ready`), or build their own if it failed or is late.
 */
async function buildOnce(name: string, ready: () => Promise<boolean>, build: () => Promise<void>): Promise<void> {
  const lock = join(tmpdir(), `${name}.lock`);
  for (let waited = 0; waited < 600_000; waited += 250) {
    if (await ready()) return;
    try {
      closeSync(openSync(lock, 'wx'));
    } catch {
      await sleep(250);
      continue;
    }
    try {
      if (!(await ready())) await build();
    } finally {
      rmSync(lock, { force: true });
    }
    return;
  }
  await build();
}

/** Loads the demo into a store (a template's), as `vigie demo --as-of` would, without detection. */
async function loadDemoInto(store: TestStore, asOf: string): Promise<void> {
  const context = await openVigie({ dataDir: store.dataDir, databaseUrl: store.databaseUrl });
  try {
    await loadDemo(context, { asOf });
  } finally {
    await context.close();
  }
}

/**
 * A fresh store holding the demo at `asOf` (the seed wave, two years of background, seizures,
 * accounts), loaded and not yet indexed by the detection. Loading takes seconds of CPU, so a test
 * run loads each `asOf` once into a template and every file copies it, as fresh stores copy the
 * migrated template.
 */
export async function freshDemoStore(asOf: string): Promise<TestStore> {
  if (!RUN_TEMPLATES) {
    const store = await freshStore();
    await loadDemoInto(store, asOf);
    return store;
  }
  const template = `${RUN_TEMPLATES}demo_${asOf.replaceAll('-', '')}`;
  if (TEST_STORE === 'postgres') {
    const exists = () =>
      onServer(
        async (client) =>
          (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount === 1,
      );
    await buildOnce(template, exists, async () => {
      const building = await freshStore();
      await loadDemoInto(building, asOf);
      const name = new URL(building.databaseUrl!).pathname.slice(1);
      await onServer((client) => client.query(`ALTER DATABASE ${name} RENAME TO ${template}`));
      rmSync(building.dataDir, { recursive: true, force: true });
    });
    return copyOfDatabase(template, mkdtempSync(join(tmpdir(), 'vigie-test-')));
  }
  const folder = join(tmpdir(), template);
  await buildOnce(
    template,
    async () => existsSync(join(folder, 'PG_VERSION')),
    async () => {
      const building = await freshStore();
      await loadDemoInto(building, asOf);
      renameSync(building.dataDir, folder);
    },
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'vigie-test-'));
  cpSync(folder, dataDir, { recursive: true });
  return { dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** An open Vigie on a fresh copy of the demo at `asOf` (see `freshDemoStore`); `close()` deletes it. */
export async function freshDemoContext(asOf: string): Promise<VigieContext & { storeConfig: TestStore }> {
  return contextOn(await freshDemoStore(asOf));
}
