/**
 * Ingest benchmark (`npm run bench:ingest`): imports synthetic incidents through Vigie's real
 * import path (NDJSON file -> readRows -> importIncidents) and, in the same run and into the same
 * kind of fresh store, times a raw multi-row INSERT of the same stored rows as the baseline.
 *
 *   node --import tsx bench/ingest.bench.ts [--rows 1000000] [--stores pglite,postgres] [--rounds 1] [--detect]
 *
 * With --detect, a third load runs the import with the detection runtime started, as `vigie serve`
 * does, and stops the clock when every incident is linked, clustered and tested: intake with
 * persistence, compared with the plain import of the same minute.
 *
 * Every measurement opens a fresh store (a new PGlite folder, or a new PostgreSQL database from
 * VIGIE_BENCH_DATABASE_URL), so each starts from an empty `incidents` table with all its indexes.
 * Prints a markdown table and writes bench/results/ingest-<date>.json.
 */
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { openVigie, type VigieContext } from '../src/context.ts';
import { cliCaller } from '../src/cli/caller.ts';
import { importIncidents, prepareIncident } from '../src/core/incident/incident.service.ts';
import type { Caller } from '../src/core/shared/caller.ts';
import { generateSyntheticIncidents, type BackgroundFacility } from '../src/demo/background.ts';
import { readRows } from '../src/intake/read-rows.ts';
import type { NewIncidentRow } from '../src/store/schema.ts';
import { backendCpu, collectGarbage, cpuBetween, RssSampler, Stopwatch } from './measure.ts';

type StoreKind = 'pglite' | 'postgres';
type Method = 'import' | 'raw' | 'import+detect';

/** One timed load of `rows` incidents into a fresh store. */
interface Measurement {
  store: StoreKind;
  method: Method;
  round: number;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** resident set size of the whole process, MB: when the measurement began, and its peak */
  rssStartMb: number;
  rssPeakMb: number;
  /** CPU seconds of this Node process while timed; near `seconds` means bound by this process */
  nodeCpuSeconds: number;
  /** CPU seconds of the PostgreSQL backends serving the measurement (local server only), else null */
  serverCpuSeconds: number | null;
  /** 1-minute load average of the machine at the start and end: other work skews the figures */
  loadStart: number;
  loadEnd: number;
}

interface Options {
  rows: number;
  stores: StoreKind[];
  rounds: number;
  seed: number;
  batch: number;
  detect: boolean;
}

const BASE_URL = process.env.VIGIE_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SEED = 20250413;
const PREPARE_CHUNK = 10_000;
const PROGRESS_EVERY = 100_000;
const MB = 1024 * 1024;

/** Reads `--rows`, `--stores`, `--rounds`, `--seed` and `--batch` from the command line. */
function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '1000000' },
      stores: { type: 'string', default: 'pglite,postgres' },
      rounds: { type: 'string', default: '1' },
      seed: { type: 'string', default: String(SEED) },
      batch: { type: 'string', default: '1000' },
      detect: { type: 'boolean', default: false },
    },
  });
  const stores = values.stores.split(',').map((store) => store.trim());
  for (const store of stores)
    if (store !== 'pglite' && store !== 'postgres') throw new Error(`unknown store "${store}"`);
  const number = (text: string) => Number(text.replace(/_/g, ''));
  return {
    rows: number(values.rows),
    stores: stores as StoreKind[],
    rounds: number(values.rounds),
    seed: number(values.seed),
    batch: number(values.batch),
    detect: values.detect,
  };
}

/** Prints progress to stderr every PROGRESS_EVERY rows, keeping stdout for the results. */
function progress(label: string, started: number): (rows: number) => void {
  let next = PROGRESS_EVERY;
  return (rows) => {
    if (rows < next) return;
    next = (Math.floor(rows / PROGRESS_EVERY) + 1) * PROGRESS_EVERY;
    process.stderr.write(
      `  ${label}: ${rows.toLocaleString('en')} rows, ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
  };
}

/** A fresh store of one kind, the caller `vigie import` uses, and how to throw them away afterwards. */
interface FreshStore {
  context: VigieContext;
  caller: Caller;
  dispose(): Promise<void>;
}

/** Opens a fresh store: a new PGlite folder, or a new PostgreSQL database (its data folder then holds only the sealing key). */
async function openFreshStore(store: StoreKind): Promise<FreshStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigie-bench-data-'));
  const name = `vigie_bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  const drop = async () => {
    if (store === 'postgres') await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    if (store === 'postgres') await adminQuery(`CREATE DATABASE ${name}`);
    const context = await openVigie({ dataDir, databaseUrl: store === 'postgres' ? url.toString() : undefined });
    return {
      context,
      caller: await cliCaller(context),
      dispose: async () => {
        await context.close();
        await drop();
      },
    };
  } catch (error) {
    await drop();
    throw error;
  }
}

/** Runs one statement on the base database (create, drop, version); returns the rows. */
async function adminQuery(text: string): Promise<Array<Record<string, unknown>>> {
  const client = new pg.Client({ connectionString: BASE_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

const facilitiesOf = (context: VigieContext): BackgroundFacility[] =>
  context.gazetteer.facilities.map((facility) => ({
    id: facility.id,
    kind: facility.kind,
    department: facility.department_code,
  }));

/** Writes the synthetic incidents once, as NDJSON, outside every timing. */
async function writeNdjson(file: string, options: Options, facilities: BackgroundFacility[]): Promise<void> {
  const out = createWriteStream(file);
  for (const incident of generateSyntheticIncidents(options.rows, options.seed, facilities)) {
    if (!out.write(`${JSON.stringify(incident)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** The import path as a user runs it: the file streamed through readRows into importIncidents. */
async function timeImport(
  { context, caller }: FreshStore,
  file: string,
  options: Options,
  label: string,
  clock: Stopwatch,
): Promise<void> {
  const report = progress(label, performance.now());
  clock.resume();
  const result = await importIncidents(context.incidents, caller, readRows(createReadStream(file), 'ndjson'), {
    batchSize: options.batch,
    onProgress: ({ inserted }) => report(inserted),
  });
  clock.pause();
  if (result.inserted !== options.rows) throw new Error(`import stored ${result.inserted} of ${options.rows} rows`);
}

/**
 * Intake with persistence as the server runs it: detection started on the empty store, so every
 * committed import batch is linked (links written), clustered into campaigns and tested, and the
 * clock stops when detection is idle again.
 */
async function timeImportAndDetect(
  fresh: FreshStore,
  file: string,
  options: Options,
  label: string,
  clock: Stopwatch,
): Promise<void> {
  await fresh.context.detection.start();
  clock.resume();
  await timeImport(fresh, file, options, label, clock);
  clock.resume();
  await fresh.context.detection.idle();
  clock.pause();
  const { n } = await fresh.context.store.db
    .selectFrom('incidents')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where(sql<boolean>`analysed_version IS DISTINCT FROM version`)
    .executeTakeFirstOrThrow();
  if (Number(n) > 0) throw new Error(`${label}: ${n} incidents left unanalysed`);
}

/**
 * The baseline: the same stored rows (same generator, same JSON round trip, same `prepareIncident`),
 * built outside the timing PREPARE_CHUNK at a time, then only the multi-row INSERTs of `batch`
 * rows each, the BEGIN and the COMMIT are timed. Plain INSERT: no ON CONFLICT, no RETURNING.
 */
async function timeRaw(
  { context, caller }: FreshStore,
  options: Options,
  facilities: BackgroundFacility[],
  label: string,
  clock: Stopwatch,
): Promise<void> {
  const report = progress(label, performance.now());
  const incidents = generateSyntheticIncidents(options.rows, options.seed, facilities);
  let done = 0;
  clock.resume();
  const trx = await context.store.db.startTransaction().execute();
  try {
    for (;;) {
      clock.pause();
      const chunk = prepareChunk(incidents, context, caller);
      clock.resume();
      if (chunk.length === 0) break;
      for (let start = 0; start < chunk.length; start += options.batch) {
        await trx
          .insertInto('incidents')
          .values(chunk.slice(start, start + options.batch))
          .execute();
      }
      done += chunk.length;
      report(done);
    }
    await trx.commit().execute();
    clock.pause();
  } catch (error) {
    await trx
      .rollback()
      .execute()
      .catch(() => undefined);
    throw error;
  }
}

/** The next PREPARE_CHUNK rows as the import stores them: owned by the caller's organisation, JSON columns stringified. */
function prepareChunk(incidents: Iterator<unknown>, context: VigieContext, caller: Caller): NewIncidentRow[] {
  const rows: NewIncidentRow[] = [];
  for (let next = incidents.next(); !next.done; next = incidents.next()) {
    const { record, issues } = prepareIncident(
      JSON.parse(JSON.stringify(next.value)),
      context.gazetteer,
      caller.principal,
    );
    if (!record) throw new Error(`synthetic row refused: ${JSON.stringify(issues)}`);
    // Synthetic rows carry no STAFF details, so nothing is sealed (the import would seal them).
    if (record.staff) throw new Error('synthetic row with STAFF details');
    const { staff, ...fields } = record;
    rows.push({
      ...fields,
      id: randomUUID(),
      owner_org_id: caller.principal.organisationId,
      created_by: caller.principal.system ? null : caller.principal.userId,
      staff_sealed: null,
      signatures: JSON.stringify(fields.signatures),
      sources: JSON.stringify(fields.sources),
    });
    if (rows.length === PREPARE_CHUNK) break;
  }
  return rows;
}

/** One measurement: fresh store, checkpoint, timed load, row count checked, store dropped. */
async function measure(
  store: StoreKind,
  method: Method,
  round: number,
  options: Options,
  file: string,
  facilities: BackgroundFacility[],
): Promise<Measurement> {
  const label = `${store} ${method} #${round}`;
  process.stderr.write(`${label}: opening a fresh store\n`);
  const fresh = await openFreshStore(store);
  const sampler = new RssSampler();
  try {
    // Start clean: dirty pages of the previous measurement are written before the clock starts.
    await sql`CHECKPOINT`.execute(fresh.context.store.db);
    // Start clean in memory too: what the previous measurement left is collected (PGlite's heap included).
    collectGarbage();
    const serverCpuStart = await backendCpu(fresh.context);
    const loadStart = loadavg()[0];
    const clock = new Stopwatch();
    const rssStart = sampler.start();
    if (method === 'import') await timeImport(fresh, file, options, label, clock);
    else if (method === 'import+detect') await timeImportAndDetect(fresh, file, options, label, clock);
    else await timeRaw(fresh, options, facilities, label, clock);
    const rssPeak = sampler.stop();
    const seconds = clock.seconds;
    const serverCpu = cpuBetween(serverCpuStart, await backendCpu(fresh.context));
    const loadEnd = loadavg()[0];
    const { n } = await fresh.context.store.db
      .selectFrom('incidents')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(n) !== options.rows) throw new Error(`${label}: ${n} rows stored, expected ${options.rows}`);
    const result: Measurement = {
      store,
      method,
      round,
      rows: options.rows,
      seconds: round3(seconds),
      rowsPerSecond: Math.round(options.rows / seconds),
      rssStartMb: Math.round(rssStart / MB),
      rssPeakMb: Math.round(rssPeak / MB),
      nodeCpuSeconds: round3(clock.cpuSeconds),
      serverCpuSeconds: serverCpu === null ? null : round3(serverCpu),
      loadStart: round2(loadStart),
      loadEnd: round2(loadEnd),
    };
    process.stderr.write(
      `${label}: ${result.rowsPerSecond.toLocaleString('en')} rows/s in ${result.seconds} s ` +
        `(CPU node ${result.nodeCpuSeconds} s, server ${result.serverCpuSeconds ?? '-'} s), peak RSS ${result.rssPeakMb} MB, load ${result.loadStart} -> ${result.loadEnd}\n`,
    );
    return result;
  } finally {
    sampler.stop();
    await fresh.dispose();
  }
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;
const round2 = (value: number) => Math.round(value * 100) / 100;

/** Null when the PostgreSQL server answers, else why it does not. */
async function postgresProblem(): Promise<string | null> {
  try {
    await adminQuery('SELECT 1');
    return null;
  } catch (error) {
    return `PostgreSQL unreachable at ${BASE_URL.replace(/:\/\/([^:@/]+):[^@]*@/, '://$1:***@')}: ${(error as Error).message}`;
  }
}

/** The machine and versions the figures belong to. */
async function describeMachine(postgresReachable: boolean): Promise<Record<string, unknown>> {
  const pglite = JSON.parse(
    readFileSync(new URL('../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  const postgres = postgresReachable ? String((await adminQuery('SHOW server_version'))[0]?.server_version) : null;
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    pglite: pglite.version,
    postgres,
  };
}

/** One markdown row per store and round, import and raw side by side. */
function markdownTable(results: Measurement[]): string {
  const lines = [
    '| store | rows | import rows/s | raw rows/s | import/raw | peak RSS import / raw (MB) | wall time import / raw (s) |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  const format = (value: number) => value.toLocaleString('en');
  for (const imported of results.filter((result) => result.method === 'import')) {
    const raw = results.find(
      (result) => result.method === 'raw' && result.store === imported.store && result.round === imported.round,
    );
    if (!raw) continue;
    lines.push(
      `| ${imported.store} | ${format(imported.rows)} | ${format(imported.rowsPerSecond)} | ${format(raw.rowsPerSecond)} | ` +
        `${(imported.rowsPerSecond / raw.rowsPerSecond).toFixed(2)} | ${format(imported.rssPeakMb)} / ${format(raw.rssPeakMb)} | ` +
        `${imported.seconds.toFixed(1)} / ${raw.seconds.toFixed(1)} |`,
    );
  }
  const detected = results.filter((result) => result.method === 'import+detect');
  if (detected.length > 0) {
    lines.push(
      '',
      '| store | rows | import rows/s | import + detection rows/s | ratio | node CPU s | server CPU s | wall time (s) |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const both of detected) {
      const imported = results.find(
        (result) => result.method === 'import' && result.store === both.store && result.round === both.round,
      );
      if (!imported) continue;
      lines.push(
        `| ${both.store} | ${format(both.rows)} | ${format(imported.rowsPerSecond)} | ${format(both.rowsPerSecond)} | ` +
          `${(both.rowsPerSecond / imported.rowsPerSecond).toFixed(2)} | ${both.nodeCpuSeconds} | ${both.serverCpuSeconds ?? '-'} | ${both.seconds.toFixed(1)} |`,
      );
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const options = readOptions();
  const began = performance.now();
  const problem = options.stores.includes('postgres') ? await postgresProblem() : null;
  if (problem) process.stderr.write(`${problem}; skipping the postgres store\n`);
  const stores = options.stores.filter((store) => store !== 'postgres' || !problem);
  const workDir = mkdtempSync(join(tmpdir(), 'vigie-bench-'));
  const file = join(workDir, 'incidents.ndjson');
  const results: Measurement[] = [];
  // Interrupted: remove the big NDJSON file at least (stores left behind are named vigie_bench_* / vigie-bench-pglite-*).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      rmSync(workDir, { recursive: true, force: true });
      process.exit(130);
    });
  }
  try {
    // The facilities come from the reference data every store loads; any store gives the same list.
    // The first store to measure is used, so a PostgreSQL-only run never loads PGlite into the process.
    const probe = stores.length > 0 ? await openFreshStore(stores[0]) : undefined;
    const facilities = probe ? facilitiesOf(probe.context) : [];
    await probe?.dispose();
    if (probe) {
      process.stderr.write(`writing ${options.rows.toLocaleString('en')} synthetic incidents to ${file}\n`);
      await writeNdjson(file, options, facilities);
    }
    for (const store of stores) {
      for (let round = 1; round <= options.rounds; round++) {
        // Alternate which goes first, so neither always runs on a warmer machine.
        const order: Method[] = round % 2 === 1 ? ['raw', 'import'] : ['import', 'raw'];
        if (options.detect) order.push('import+detect');
        for (const method of order) results.push(await measure(store, method, round, options, file, facilities));
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  const table = markdownTable(results);
  process.stdout.write(`${table}\n`);
  const date = new Date().toISOString().slice(0, 10);
  const output = new URL(`./results/ingest-${date}${options.detect ? '-detect' : ''}.json`, import.meta.url);
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  const document = {
    date: new Date().toISOString(),
    command: `node --import tsx bench/ingest.bench.ts ${process.argv.slice(2).join(' ')}`.trim(),
    machine: await describeMachine(stores.includes('postgres')),
    options,
    skipped: problem ? [{ store: 'postgres', reason: problem }] : [],
    results,
    totalSeconds: round3((performance.now() - began) / 1000),
    table,
  };
  writeFileSync(output, `${JSON.stringify(document, null, 2)}\n`);
  process.stderr.write(`results written to ${output.pathname}\n`);
}

await main();
