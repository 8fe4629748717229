import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VigieError } from '../core/shared/errors.ts';
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
  // A connection not obtained in time fails the request (503 at the API) instead of hanging while
  // PostgreSQL restarts; keepalive notices a connection cut without a word.
  const pool = new Pool({
    connectionString: databaseUrl,
    max: Number(process.env.VIGIE_PG_POOL ?? 10),
    connectionTimeoutMillis: Number(process.env.VIGIE_PG_CONNECT_TIMEOUT_MS ?? 5000),
    keepAlive: true,
  });
  // An idle client that loses its connection (PostgreSQL restarted) emits 'error': without a listener
  // the process would crash. The pool drops that client and connects a new one when next asked.
  pool.on('error', () => {
    /* replaced on next use */
  });
  // A client in use has no pool listener: its lost connection fails the query it runs (so the
  // request), and this keeps the 'error' event it also emits from crashing the process.
  pool.on('connect', (client) => {
    client.on('error', () => {
      /* the query in flight reports it */
    });
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    location: databaseUrl.replace(/:\/\/([^:@/]+):[^@]*@/, '://$1:***@'),
    close: () => db.destroy(),
  };
}

const LOCK_FILE = 'vigie.lock';
// Where the server holding a PGlite folder listens, so a command refused the folder can name it.
const SERVER_FILE = 'vigie.server';

/** Records (url) or forgets (undefined) the address of the server that holds a PGlite folder. */
export function recordServerAddress(dataDir: string, url: string | undefined): void {
  const file = join(dataDir, SERVER_FILE);
  try {
    if (url) writeFileSync(file, `${process.pid} ${url}`);
    else if (readFileSync(file, 'utf8').startsWith(`${process.pid} `)) unlinkSync(file);
  } catch {
    /* a folder gone or read-only: the message will say URL */
  }
}

/** The address of the server process `owner` recorded, if it did. */
function serverAddress(dataDir: string, owner: number): string | undefined {
  try {
    const [pid, url] = readFileSync(join(dataDir, SERVER_FILE), 'utf8').split(' ');
    return Number(pid) === owner ? url : undefined;
  } catch {
    return undefined;
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt it.
 * A lock file holding the owner's pid keeps the folder to one process; a stale one is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => {
        try {
          if (readFileSync(file, 'utf8') === String(process.pid)) unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8'));
      if (owner && owner !== process.pid && isAlive(owner)) {
        // PGlite is one process's: say who holds it and how to go through it instead, in one line.
        const url = serverAddress(dataDir, owner);
        throw new VigieError(
          'store_in_use',
          `the data folder ${dataDir} is held by a running Vigie (process ${owner}${url ? `, ${url}` : ''}) and PGlite serves one process: stop it, or run through its API with --api ${url ?? 'URL'} --token T (vigie export and vigie brief take them)`,
          409,
        );
      }
      unlinkSync(file);
    }
  }
  throw new VigieError('store_in_use', `cannot lock the data folder ${dataDir}`, 409);
}

/**
 * PGlite's start parameters: its defaults, plus the buffer cache size when VIGIE_PGLITE_SHARED_BUFFERS
 * sets one ("32MB"). PostgreSQL's 128 MB is zeroed at every open, half of an open's CPU: a process
 * that opens a store for one short command (the test suites, scripts) gains from a smaller one.
 */
export function pgliteStartParams(defaults: string[], env: NodeJS.ProcessEnv = process.env): string[] | undefined {
  const size = env.VIGIE_PGLITE_SHARED_BUFFERS;
  if (!size) return undefined;
  if (!/^[1-9][0-9]*(kB|MB|GB)$/.test(size))
    throw new VigieError('invalid_config', `VIGIE_PGLITE_SHARED_BUFFERS: "${size}" is not a size such as 32MB`, 400);
  return [...defaults, '-c', `shared_buffers=${size}`];
}

async function openPglite(dataDir: string): Promise<Store> {
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const startParams = pgliteStartParams(PGlite.defaultStartParams);
    const pglite = await PGlite.create(dataDir, startParams ? { startParams } : {});
    const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
    return {
      db,
      kind: 'pglite',
      location: dataDir,
      close: async () => {
        try {
          await db.destroy();
          if (!pglite.closed) await pglite.close();
        } finally {
          unlock();
        }
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
