import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql, type Kysely, type Transaction } from 'kysely';
import { VigieError } from '../core/shared/errors.ts';
import type { DB } from './schema.ts';

/**
 * A Vigie backup: one gzip file of lines, the same for PGlite and PostgreSQL (a PGlite backup
 * restores into PostgreSQL and back).
 *   line 1           the header: format, version, store, migrations applied, tables and columns
 *   then             `table<TAB>row`, the row as PostgreSQL's own `row_to_json`, tables in
 *                    foreign-key order, each table's rows together
 *   last line        the trailer: row counts per table and the SHA-256 of every line before it
 * Rows are never parsed in JavaScript: PostgreSQL writes them and reads them back
 * (`json_populate_recordset`), so numbers, dates, bytes and JSON keep their exact values.
 */
export const BACKUP_FORMAT = 'vigie-backup';
export const BACKUP_VERSION = 1;

const FETCH_ROWS = 1000;
const INSERT_ROWS = 500;
const INSERT_CHARACTERS = 4_000_000;

export interface TableShape {
  name: string;
  columns: string[];
}
export interface BackupHeader {
  format: string;
  version: number;
  created_at: string;
  store: string;
  migrations: string[];
  tables: TableShape[];
}
export interface BackupTrailer {
  end: true;
  rows: Record<string, number>;
  sha256: string;
  signature?: string;
}

/** What a backup's signature covers: its content hash and row counts. */
export const manifestText = (trailer: Pick<BackupTrailer, 'sha256' | 'rows'>) =>
  `vigie-backup-manifest\n${trailer.sha256}\n${JSON.stringify(trailer.rows)}`;

/** Signs and checks backup manifests (the Sealer, with its key derived from the master key). */
export interface ManifestSigner {
  sign(purpose: string, text: string): string;
  verify(purpose: string, text: string, signature: string): boolean;
}
export const MANIFEST_PURPOSE = 'backup-manifest';
export interface BackupSummary {
  tables: number;
  rows: number;
  sha256: string;
  bytes?: number;
}

/** Tables a freshly opened Vigie fills by itself (reference geography, defaults): not "data". */
const SEEDED_TABLES = new Set([
  'vigie_migrations',
  'meta',
  'departments',
  'directorates',
  'facilities',
  'organisations',
  'alert_rules',
  'playbooks',
  'source_register',
]);

const invalid = (message: string) => new VigieError('invalid_backup', message, 400, [{ path: 'file', message }]);

/** The tables of the public schema with their columns, parents before children (foreign keys). */
async function tableShapes(db: Kysely<DB> | Transaction<DB>): Promise<TableShape[]> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    SELECT c.table_name, c.column_name FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER'
    ORDER BY c.table_name, c.ordinal_position`.execute(db);
  const edges = await sql<{ child: string; parent: string }>`
    SELECT DISTINCT cl.relname AS child, pa.relname AS parent FROM pg_constraint k
    JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_class pa ON pa.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = cl.relnamespace
    WHERE k.contype = 'f' AND n.nspname = 'public' AND k.conrelid <> k.confrelid`.execute(db);
  const byTable = new Map<string, string[]>();
  for (const row of columns.rows)
    byTable.set(row.table_name, [...(byTable.get(row.table_name) ?? []), row.column_name]);
  return dependencyOrder([...byTable.keys()], edges.rows).map((name) => ({ name, columns: byTable.get(name)! }));
}

/** Orders tables so that each comes after the tables it references; ties by name. */
export function dependencyOrder(tables: string[], edges: Array<{ child: string; parent: string }>): string[] {
  const parents = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const { child, parent } of edges) if (parents.has(child) && parents.has(parent)) parents.get(child)!.add(parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables
      .filter((table) => !placed.has(table) && [...parents.get(table)!].every((parent) => placed.has(parent)))
      .sort();
    // A cycle of foreign keys (none today) would be restored in name order; say so rather than loop.
    const next = ready.length > 0 ? ready : [tables.filter((table) => !placed.has(table)).sort()[0]];
    for (const table of next) {
      ordered.push(table);
      placed.add(table);
    }
  }
  return ordered;
}

async function appliedMigrations(db: Kysely<DB> | Transaction<DB>): Promise<string[]> {
  const result = await sql<{ name: string }>`SELECT name FROM vigie_migrations ORDER BY name`.execute(db);
  return result.rows.map((row) => row.name);
}

/**
 * Writes a backup of the whole store to `file`. Written to `file.partial` first, renamed when whole.
 */
export async function writeBackup(
  db: Kysely<DB>,
  file: string,
  store: string,
  signer?: ManifestSigner,
): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const output = createWriteStream(partial);
  const written = once(output, 'close').catch(() => undefined);
  try {
    const summary = await streamBackup(db, output, store, signer);
    await written;
    renameSync(partial, file);
    return summary;
  } catch (error) {
    output.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Streams a backup of the whole store, gzipped, into `sink` (a file, an HTTP response), from one
 * REPEATABLE READ transaction: the copy is consistent even while Vigie keeps writing. Ends `sink`.
 */
export async function streamBackup(
  db: Kysely<DB>,
  sink: NodeJS.WritableStream,
  store: string,
  signer?: ManifestSigner,
): Promise<BackupSummary> {
  const gzip = createGzip();
  const output = pipeline(gzip, sink);
  const hash = createHash('sha256');
  const write = async (line: string) => {
    hash.update(line);
    if (!gzip.write(line)) await Promise.race([once(gzip, 'drain'), output]);
  };
  try {
    const rows: Record<string, number> = {};
    // Without the plugin that opens sealed text: the STAFF compartment's fields stay sealed in the file.
    await db
      .withoutPlugins()
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        const tables = await tableShapes(trx);
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          created_at: new Date().toISOString(),
          store,
          migrations: await appliedMigrations(trx),
          tables,
        };
        await write(`${JSON.stringify(header)}\n`);
        for (const table of tables) {
          rows[table.name] = 0;
          const columns = sql.join(table.columns.map((column) => sql.ref(`t.${column}`)));
          await sql`DECLARE vigie_backup NO SCROLL CURSOR FOR SELECT row_to_json(r)::text AS line FROM (SELECT ${columns} FROM ${sql.table(table.name)} t) r`.execute(
            trx,
          );
          for (;;) {
            const batch = await sql<{ line: string }>`FETCH ${sql.raw(String(FETCH_ROWS))} FROM vigie_backup`.execute(
              trx,
            );
            for (const { line } of batch.rows) await write(`${table.name}\t${line}\n`);
            rows[table.name] += batch.rows.length;
            if (batch.rows.length < FETCH_ROWS) break;
          }
          await sql`CLOSE vigie_backup`.execute(trx);
        }
      });
    const sha256 = hash.digest('hex');
    const trailer: BackupTrailer = { end: true, rows, sha256 };
    if (signer) trailer.signature = signer.sign(MANIFEST_PURPOSE, manifestText(trailer));
    gzip.end(`${JSON.stringify(trailer)}\n`);
    await output;
    return {
      tables: Object.keys(rows).length,
      rows: Object.values(rows).reduce((sum, count) => sum + count, 0),
      sha256,
    };
  } catch (error) {
    gzip.destroy(error as Error);
    await output.catch(() => undefined);
    throw error;
  }
}

/** The lines of a backup file, unzipped; a file that is not gzip is refused with a clear message. */
async function* backupLines(file: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  // pipeline destroys gunzip with the error of the file stream, so reading below throws it.
  const piped = pipeline(createReadStream(file), gunzip).catch(() => undefined);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip) {
      const lines = (rest + decoder.write(chunk as Buffer)).split('\n');
      rest = lines.pop()!;
      yield* lines;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') throw error;
    throw invalid(
      `${file} is not a readable Vigie backup (${(error as Error).message}): was it truncated, or is it another kind of file?`,
    );
  } finally {
    gunzip.destroy();
    await piped;
  }
  rest += decoder.end();
  if (rest !== '') yield rest;
}

function parseHeader(line: string | undefined, file: string): BackupHeader {
  let header: BackupHeader | undefined;
  try {
    header = line ? JSON.parse(line) : undefined;
  } catch {
    header = undefined;
  }
  if (!header || header.format !== BACKUP_FORMAT)
    throw invalid(`${file} is not a Vigie backup (its first line is not a vigie-backup header)`);
  if (header.version !== BACKUP_VERSION)
    throw invalid(`${file} is a version ${header.version} backup; this Vigie reads version ${BACKUP_VERSION}`);
  if (!Array.isArray(header.migrations) || !Array.isArray(header.tables))
    throw invalid(`the header of ${file} lacks its migrations or tables`);
  return header;
}

/** Refuses a backup whose schema is not the target's: every migration must match. */
function checkMigrations(header: BackupHeader, target: string[]): void {
  const missing = target.filter((name) => !header.migrations.includes(name));
  const unknown = header.migrations.filter((name) => !target.includes(name));
  if (unknown.length > 0)
    throw new VigieError(
      'backup_newer',
      `the backup comes from a newer Vigie (migrations ${unknown.join(', ')} unknown here): upgrade Vigie first`,
      409,
      [{ path: 'migrations', message: unknown.join(', ') }],
    );
  if (missing.length > 0)
    throw new VigieError(
      'backup_older',
      `the backup predates migrations ${missing.join(', ')}: restore it with the Vigie version that made it, then upgrade`,
      409,
      [{ path: 'migrations', message: missing.join(', ') }],
    );
}

/** Tables of the target that hold data beyond what Vigie seeds by itself. */
export async function tablesWithData(db: Kysely<DB>): Promise<string[]> {
  const filled: string[] = [];
  for (const table of await tableShapes(db)) {
    if (SEEDED_TABLES.has(table.name)) continue;
    const result = await sql<{
      found: boolean;
    }>`SELECT EXISTS (SELECT 1 FROM ${sql.table(table.name)}) AS found`.execute(db);
    if (result.rows[0]?.found) filled.push(table.name);
  }
  return filled;
}

/**
 * Restores a backup into the store, all or nothing, in one transaction: every table is emptied
 * and refilled. Refuses a target holding data unless `force`, a file whose header, row counts or
 * SHA-256 do not check out, and a backup of another schema version.
 */
export interface RestoreOptions {
  /** Replace a store that already holds data. */
  force?: boolean;
  /** Checks the manifest's signature: a file unsigned or signed with another key is refused. */
  signer?: ManifestSigner;
  /** Restore a file whose signature cannot be checked (the key is lost): for disaster recovery, audited. */
  forceUnsigned?: boolean;
  /** Runs in the restore transaction once the rows are in, e.g. to record the restore in the audit trail. */
  onRestored?: (trx: Transaction<DB>, summary: BackupSummary) => Promise<void>;
}

export async function restoreBackup(
  db: Kysely<DB>,
  file: string,
  options: RestoreOptions = {},
): Promise<BackupSummary> {
  const lines = backupLines(file);
  try {
    return await restoreLines(db, file, lines, options);
  } catch (error) {
    // A row PostgreSQL cannot read back (the file was edited): the hash check would say so at the end.
    const code = (error as { code?: unknown }).code;
    if (!(error instanceof VigieError) && typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))
      throw invalid(`${file} holds a row that cannot be restored (${(error as Error).message}): the file is damaged`);
    throw error;
  } finally {
    await lines.return(undefined);
  }
}

async function restoreLines(
  db: Kysely<DB>,
  file: string,
  lines: AsyncGenerator<string>,
  options: RestoreOptions,
): Promise<BackupSummary> {
  const first = await lines.next();
  const header = parseHeader(first.done ? undefined : first.value, file);
  checkMigrations(header, await appliedMigrations(db));
  if (!options.force) {
    const filled = await tablesWithData(db);
    if (filled.length > 0)
      throw new VigieError(
        'store_not_empty',
        `the store already holds data (${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ', …' : ''}): restore into an empty store, or add --force to replace everything`,
        409,
        [{ path: 'force', message: 'the target is not empty' }],
      );
  }
  const hash = createHash('sha256').update(`${first.value}\n`);
  const known = new Map(header.tables.map((table) => [table.name, table]));
  const target = new Set((await tableShapes(db)).map((table) => table.name));
  const stranger = header.tables.find((table) => !target.has(table.name));
  if (stranger) throw invalid(`the backup holds a table ${stranger.name} that this store does not have`);
  const counts: Record<string, number> = {};
  let sha256 = '';
  const summary = () => ({
    tables: header.tables.length,
    rows: Object.values(counts).reduce((sum, count) => sum + count, 0),
    sha256,
  });
  await db.transaction().execute(async (trx) => {
    await sql`TRUNCATE ${sql.join([...target].map((name) => sql.table(name)))}`.execute(trx);
    let trailer: BackupTrailer | undefined;
    let pending: { table: TableShape; rows: string[]; characters: number } | undefined;
    const flush = async () => {
      if (pending && pending.rows.length > 0) await insertRows(trx, pending.table, pending.rows);
      pending = undefined;
    };
    for await (const line of lines) {
      if (trailer) throw invalid(`${file} has content after its final line`);
      const tab = line.indexOf('\t');
      if (tab === -1) {
        trailer = parseTrailer(line, file);
        continue;
      }
      hash.update(`${line}\n`);
      const table = known.get(line.slice(0, tab));
      if (!table)
        throw invalid(`${file} holds a row of the table "${line.slice(0, tab)}", which its header does not list`);
      if (pending?.table !== table) {
        await flush();
        pending = { table, rows: [], characters: 0 };
      }
      pending.rows.push(line.slice(tab + 1));
      pending.characters += line.length;
      counts[table.name] = (counts[table.name] ?? 0) + 1;
      if (pending.rows.length >= INSERT_ROWS || pending.characters >= INSERT_CHARACTERS) {
        const table = pending.table;
        await flush();
        pending = { table, rows: [], characters: 0 };
      }
    }
    await flush();
    if (!trailer) throw invalid(`${file} ends before its final line: the backup is truncated`);
    sha256 = hash.digest('hex');
    checkTrailer(trailer, sha256, counts, file);
    checkSignature(trailer, file, options);
    await resetSequences(trx);
    await options.onRestored?.(trx, summary());
  });
  return summary();
}

function parseTrailer(line: string, file: string): BackupTrailer {
  let trailer: BackupTrailer | undefined;
  try {
    trailer = JSON.parse(line);
  } catch {
    trailer = undefined;
  }
  if (trailer?.end !== true || typeof trailer.sha256 !== 'string' || typeof trailer.rows !== 'object')
    throw invalid(`${file} holds a line that is neither a row nor the final line`);
  return trailer;
}

function checkTrailer(trailer: BackupTrailer, sha256: string, counts: Record<string, number>, file: string): void {
  if (trailer.sha256 !== sha256)
    throw invalid(
      `${file} is damaged: its SHA-256 is ${sha256.slice(0, 16)}… but its manifest says ${trailer.sha256.slice(0, 16)}…`,
    );
  for (const [table, count] of Object.entries(trailer.rows)) {
    if ((counts[table] ?? 0) !== count)
      throw invalid(`${file} is damaged: ${counts[table] ?? 0} rows of ${table} read, its manifest says ${count}`);
  }
}

function checkSignature(trailer: BackupTrailer, file: string, options: RestoreOptions): void {
  if (options.forceUnsigned) return;
  if (!options.signer)
    throw new VigieError('unsigned_backup', `${file}: no key to check its signature with`, 400, [
      { path: 'file', message: 'signature not checked' },
    ]);
  if (!trailer.signature)
    throw new VigieError(
      'unsigned_backup',
      `${file} is not signed: refused (with the master key lost, --force-unsigned restores it anyway, and says so in the audit trail)`,
      400,
      [{ path: 'file', message: 'not signed' }],
    );
  if (!options.signer.verify(MANIFEST_PURPOSE, manifestText(trailer), trailer.signature)) {
    throw new VigieError(
      'backup_signature',
      `${file} is not signed by this store's master key: refused (it was edited, or comes from a store with another key: set VIGIE_MASTER_KEY to that key)`,
      400,
      [{ path: 'file', message: 'wrong signature' }],
    );
  }
}

async function insertRows(trx: Transaction<DB>, table: TableShape, rows: string[]): Promise<void> {
  const columns = sql.join(table.columns.map((column) => sql.ref(column)));
  await sql`INSERT INTO ${sql.table(table.name)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${sql.table(table.name)}, ${`[${rows.join(',')}]`}::json)`.execute(
    trx,
  );
}

/** Moves each serial sequence past the largest restored value, so new rows do not collide. */
async function resetSequences(trx: Transaction<DB>): Promise<void> {
  const serials = await sql<{ table_name: string; column_name: string }>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`.execute(trx);
  for (const { table_name: table, column_name: column } of serials.rows) {
    await sql`SELECT setval(pg_get_serial_sequence(${table}, ${column}), COALESCE(max(${sql.ref(column)}), 1), max(${sql.ref(column)}) IS NOT NULL) FROM ${sql.table(table)}`.execute(
      trx,
    );
  }
}
