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

/**
 * Applies the numbered SQL migrations not yet applied, each in its own transaction, in name order.
 * Returns the names applied. The same files serve PGlite and PostgreSQL.
 */
export async function migrate(db: Kysely<DB>): Promise<string[]> {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  // A store at head answers in one query: every command opens the store, few find work to do.
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
