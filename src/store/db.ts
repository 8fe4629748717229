import { mkdirSync } from 'node:fs';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import type { DB } from './schema.ts';

export type StoreKind = 'pglite' | 'postgres';

export interface StoreConfig {
  /** PostgreSQL connection string; when absent, the embedded PGlite store in `dataDir` is used. */
  databaseUrl?: string;
  /** Folder of the embedded store. */
  dataDir: string;
}

export interface Store {
  db: Kysely<DB>;
  kind: StoreKind;
  /** Where the data lives, for messages: the folder or the server (password hidden). */
  location: string;
  close(): Promise<void>;
}

/** Opens the store: PostgreSQL when a URL is given, else PGlite in a data folder. Same Kysely API on both. */
export async function createDb(config: StoreConfig): Promise<Store> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  return openPglite(config.dataDir);
}

async function openPostgres(databaseUrl: string): Promise<Store> {
  const pg = await import('pg');
  const Pool = pg.default.Pool;
  // Dates: keep `date` columns as strings; timestamptz parse to Date as usual.
  pg.default.types.setTypeParser(1082, (value: string) => value);
  const pool = new Pool({ connectionString: databaseUrl, max: Number(process.env.VIGIE_PG_POOL ?? 10) });
  pool.on('error', () => { /* an idle client lost its connection; the pool replaces it */ });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db, kind: 'postgres', location: databaseUrl.replace(/:\/\/([^:@/]+):[^@]*@/, '://$1:***@'),
    close: () => db.destroy(),
  };
}

async function openPglite(dataDir: string): Promise<Store> {
  mkdirSync(dataDir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create(dataDir);
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db, kind: 'pglite', location: dataDir,
    close: async () => { await db.destroy(); if (!pglite.closed) await pglite.close(); },
  };
}
