import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { PACKAGE_ROOT } from '../package-root.ts';

const MIGRATIONS_DIR = join(PACKAGE_ROOT, 'src', 'store', 'migrations');
// Any constant: instances starting together on one PostgreSQL take turns migrating.
const MIGRATION_LOCK_KEY = 7_411_903;

/** Splits a migration into statements: each ends with a semicolon at the end of a line. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;[ \t]*(?:\r?\n|$)/)
    .map((part) => part.replace(/^\s*--.*$/gm, '').trim())
    .filter(Boolean);
}

/** Are all these migrations applied? One query; false on a store that has none yet. */
async function appliedAll(db: Kysely<DB>, files: string[]): Promise<boolean> {
  const found = await sql<{
    applied: number;
  }>`SELECT count(*)::int AS applied FROM vigie_migrations WHERE name = ANY(${files}::text[])`
    .execute(db)
    .catch((error: { code?: string }) => {
      if (error.code === '42P01') return undefined;
      throw error;
    });
  return found?.rows[0]?.applied === files.length;
}

/** The key under which `meta` records the digest of the migrations applied, once all are. */
export const MIGRATIONS_KEY = 'migrations';

function migrationFiles(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((name) => name.endsWith('.sql'))
    .sort();
}

/** A digest of the migration files' names: a store that records it has them all applied. */
export function migrationsDigest(files: string[] = migrationFiles()): string {
  return createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
}

/**
 * The values `meta` holds for these keys, in one query (what opening the store must know: the
 * migrations and reference digests); undefined on a store without a `meta` table yet.
 */
export async function metaValues(db: Kysely<DB>, keys: string[]): Promise<Map<string, string> | undefined> {
  const rows = await db
    .selectFrom('meta')
    .select(['key', 'value'])
    .where('key', 'in', keys)
    .execute()
    .catch((error: { code?: string }) => {
      if (error.code === '42P01') return undefined;
      throw error;
    });
  return rows && new Map(rows.map((row) => [row.key, row.value]));
}

/**
 * Applies the numbered SQL migrations not yet applied, each in its own transaction, in name order.
 * Returns the names applied. The same files serve PGlite and PostgreSQL. `recorded` is the
 * migrations digest the store's `meta` holds, when the caller read it: a store at head then costs
 * no query here (issue 19.1: every command opens the store, few find work to do).
 */
export async function migrate(db: Kysely<DB>, recorded?: string): Promise<string[]> {
  const files = migrationFiles();
  const digest = migrationsDigest(files);
  if (recorded === digest) return [];
  const applied = await applyMigrations(db, files);
  await db
    .insertInto('meta')
    .values({ key: MIGRATIONS_KEY, value: digest })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: digest }))
    .execute();
  return applied;
}

async function applyMigrations(db: Kysely<DB>, files: string[]): Promise<string[]> {
  // A store at head answers in one query.
  if (await appliedAll(db, files)) return [];
  await sql`CREATE TABLE IF NOT EXISTS vigie_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(
    db,
  );
  const applied: string[] = [];
  for (const file of files) {
    const done = await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(trx);
      const seen = await sql<{ name: string }>`SELECT name FROM vigie_migrations WHERE name = ${file}`.execute(trx);
      if (seen.rows.length > 0) return false;
      for (const statement of splitStatements(readFileSync(join(MIGRATIONS_DIR, file), 'utf8'))) {
        await sql.raw(statement).execute(trx);
      }
      await sql`INSERT INTO vigie_migrations (name) VALUES (${file})`.execute(trx);
      return true;
    });
    if (done) applied.push(file);
  }
  return applied;
}
