/**
 * Cluster benchmark (`npm run bench:cluster`, formerly bench:load): a local cluster of two real `vigie serve` processes on one
 * PostgreSQL holding a million incidents, driven over HTTP by autocannon.
 *
 *   node --import tsx bench/cluster.bench.ts [--rows 1000000] [--fresh] [--read-rate 200] [--read-seconds 30]
 *     [--intake-rate 1000] [--intake-seconds 60] [--batch 100] [--database-url postgres://.../vigie_load] [--read-only]
 *
 * - History: `--rows` synthetic incidents (the generator of bench:ingest) in a database kept between
 *   runs (`--fresh` rebuilds it), written in batches each analysed by the detection as the server does
 *   after an import (links stored, campaigns clustered and tested) and marked as already alerted on.
 * - Read phase: the incident list and the map query at a fixed overall rate, half each, spread over both
 *   instances; the baseline is the health route (no database work) at the same rate in the same run.
 * - Intake phase: `--intake-rate` incidents/s through POST /api/incidents/import (`--batch` rows per
 *   request) over both instances, one of which runs the detection; every second the incidents not yet
 *   analysed are counted with the age of the oldest. The baseline is the same intake with the
 *   detection off on both instances.
 * Prints a markdown summary and writes bench/results/load-<date>.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { openVigie, type VigieContext } from '../src/context.ts';
import { SYSTEM_PRINCIPAL } from '../src/core/shared/principal.ts';
import { prepareIncident } from '../src/core/incident/incident.service.ts';
import { generateSyntheticIncidents, type BackgroundFacility } from '../src/demo/background.ts';
import type { NewIncidentRow } from '../src/store/schema.ts';
import { account } from '../test/support/accounts.ts';
import { backendCpu, cpuBetween } from './measure.ts';

/** The few parts of autocannon (no type package for v9) this benchmark uses. */
interface CannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: CannonRequest) => CannonRequest;
}
interface CannonOptions {
  url: string[];
  connections: number;
  overallRate: number;
  duration?: number;
  amount?: number;
  timeout?: number;
  headers?: Record<string, string>;
  requests?: CannonRequest[];
}
interface Histogram {
  average: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}
interface CannonResult {
  latency: Histogram;
  requests: { total: number; sent: number };
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (
  options: CannonOptions,
  done: (error: Error | null, result: CannonResult) => void,
) => unknown;

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    fresh: { type: 'boolean', default: false },
    'read-rate': { type: 'string', default: '200' },
    'read-seconds': { type: 'string', default: '30' },
    'intake-rate': { type: 'string', default: '1000' },
    'intake-seconds': { type: 'string', default: '60' },
    batch: { type: 'string', default: '100' },
    'database-url': {
      type: 'string',
      default: process.env.VIGIE_LOAD_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/vigie_load',
    },
    ports: { type: 'string', default: '4811,4812' },
    'read-only': { type: 'boolean', default: false },
  },
});
const number = (text: string) => Number(text.replace(/_/g, ''));
const options = {
  rows: number(values.rows),
  fresh: values.fresh,
  readRate: number(values['read-rate']),
  readSeconds: number(values['read-seconds']),
  intakeRate: number(values['intake-rate']),
  intakeSeconds: number(values['intake-seconds']),
  batch: number(values.batch),
  databaseUrl: values['database-url'],
  ports: values.ports.split(',').map(Number),
  readOnly: values['read-only'],
};
const SEED = 20250413;
const HISTORY_PREFIX = `synthetic-stream-${SEED}-`;
/** The intake writes the last month of the history's range: new incidents, as a live feed brings them. */
const INTAKE_RANGE = { from: '2025-03-14', to: '2025-04-13' };
const DATA_DIR = join(tmpdir(), 'vigie-load-data');
const PROFILE_REQUESTS = 10;
const round1 = (value: number) => Math.round(value * 10) / 10;
const log = (text: string) => process.stderr.write(`${text}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs one statement on the server's maintenance database (create, drop). */
async function adminQuery(text: string): Promise<Array<Record<string, unknown>>> {
  const url = new URL(options.databaseUrl);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 5000 });
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

const countWhere = async (context: VigieContext, condition: ReturnType<typeof sql<boolean>>) =>
  Number(
    (
      await context.store.db
        .selectFrom('incidents')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where(condition)
        .executeTakeFirstOrThrow()
    ).n,
  );

/**
 * Opens the load database, building the history unless it already holds all of it. Rows of earlier
 * runs' intake are removed (their links and campaign memberships go with them), so every run
 * measures against the same million.
 */
async function openHistory(): Promise<{ context: VigieContext; loadSeconds: number | null }> {
  const name = new URL(options.databaseUrl).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`--database-url: "${name}" is not a plain database name`);
  if (options.fresh) {
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    rmSync(DATA_DIR, { recursive: true, force: true });
  }
  if ((await adminQuery(`SELECT 1 FROM pg_database WHERE datname = '${name}'`)).length === 0)
    await adminQuery(`CREATE DATABASE ${name}`);
  mkdirSync(DATA_DIR, { recursive: true });
  let context = await openVigie({ dataDir: DATA_DIR, databaseUrl: options.databaseUrl });
  const removed = await context.store.db
    .deleteFrom('incidents')
    .where('external_id', 'not like', `${HISTORY_PREFIX}%`)
    .executeTakeFirst();
  if (Number(removed.numDeletedRows) > 0) log(`removed ${removed.numDeletedRows} incidents of earlier runs' intake`);
  const held = await countWhere(context, sql<boolean>`true`);
  const pending = await countWhere(context, sql<boolean>`analysed_version IS DISTINCT FROM version`);
  if (held === options.rows && pending === 0) return { context, loadSeconds: null };
  if (held > 0) {
    log(`the load database holds ${held} incidents (${pending} unanalysed), not ${options.rows}: rebuilding it`);
    await context.close();
    await adminQuery(`DROP DATABASE ${name} WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE ${name}`);
    context = await openVigie({ dataDir: DATA_DIR, databaseUrl: options.databaseUrl });
  }
  const started = performance.now();
  await loadHistory(context);
  return { context, loadSeconds: Math.round((performance.now() - started) / 1000) };
}

/**
 * Writes the history oldest first, 1,000 rows a statement; after every 5,000 rows the detection
 * analyses them (as after an import: links, campaigns, wave tests). They are marked as already
 * alerted on: the alert rules over a history are bench:alerts' subject.
 */
async function loadHistory(context: VigieContext): Promise<void> {
  const owner = await account(context, {
    role: 'analyst',
    org: 'Load bench',
    username: `load-history-${randomUUID().slice(0, 8)}`,
  });
  await context.detection.start();
  const started = performance.now();
  let batch: NewIncidentRow[] = [];
  let loaded = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await context.store.db.insertInto('incidents').values(batch).execute();
    loaded += batch.length;
    batch = [];
    if (loaded % 5000 === 0 || loaded === options.rows) await context.detection.catchUp();
    if (loaded % 100_000 === 0)
      log(
        `history: ${loaded.toLocaleString('en')} incidents written and analysed in ${Math.round((performance.now() - started) / 1000)} s`,
      );
  };
  for (const incident of generateSyntheticIncidents(options.rows, SEED, facilitiesOf(context))) {
    const { record, issues } = prepareIncident(
      JSON.parse(JSON.stringify(incident)),
      context.gazetteer,
      SYSTEM_PRINCIPAL,
    );
    if (!record) throw new Error(`synthetic row refused: ${JSON.stringify(issues)}`);
    const { staff: _staff, ...fields } = record;
    batch.push({
      ...fields,
      id: randomUUID(),
      owner_org_id: owner.organisationId,
      created_by: null,
      staff_sealed: null,
      signatures: JSON.stringify(fields.signatures),
      sources: JSON.stringify(fields.sources),
      alerted_version: 1,
    } as NewIncidentRow);
    if (batch.length === 1000) await flush();
  }
  await flush();
  await context.detection.catchUp();
  await context.detection.stop();
  await sql`VACUUM ANALYZE incidents`.execute(context.store.db);
}

/** One `vigie serve` process of the local cluster. */
interface Instance {
  url: string;
  child: ChildProcess;
  detection: boolean;
  log: string;
}

/** Starts one real `vigie serve` on the load database and waits for its health route. */
async function startInstance(port: number, flags: string[], runId: string): Promise<Instance> {
  const log = join(tmpdir(), `vigie-load-${port}.log`);
  const child = spawn(
    process.execPath,
    ['bin/vigie.mjs', 'serve', '--port', String(port), '--data', DATA_DIR, ...flags],
    {
      cwd: join(import.meta.dirname, '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl,
        VIGIE_NATS_URL: process.env.VIGIE_NATS_URL ?? 'nats://127.0.0.1:4222',
        VIGIE_NATS_SUBJECT: `vigie.bench.load.${runId}`,
        VIGIE_NATS_WORK_STREAM: 'VIGIE_BENCH_LOAD_WORK',
      },
    },
  );
  const out = createWriteStream(log);
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const url = `http://127.0.0.1:${port}`;
  for (const started = Date.now(); Date.now() - started < 120_000; await sleep(250)) {
    if (child.exitCode !== null)
      throw new Error(
        `vigie serve on port ${port} exited (${child.exitCode}): see ${log}\n${readFileSync(log, 'utf8').slice(-2000)}`,
      );
    if (
      await fetch(`${url}/api/health`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return { url, child, detection: !flags.includes('--no-detection'), log };
  }
  child.kill('SIGKILL');
  throw new Error(`vigie serve on port ${port} did not answer within 120 s: see ${log}`);
}

/**
 * The cluster as docs/deployment.md lays it out: the first instance runs everything (detection on
 * or off), the second only serves.
 */
async function startCluster(detection: boolean, runId: string): Promise<Instance[]> {
  return Promise.all([
    startInstance(options.ports[0], detection ? [] : ['--no-detection'], runId),
    startInstance(options.ports[1], ['--no-detection', '--no-feeds'], runId),
  ]);
}

async function stopCluster(instances: Instance[]): Promise<void> {
  await Promise.all(
    instances.map(async ({ child }) => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      if ((await Promise.race([exited.then(() => true), sleep(30_000).then(() => false)])) === false)
        child.kill('SIGKILL');
    }),
  );
}

/** CPU seconds (user + system) a process has used so far, from /proc. */
function processCpu(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds each instance and the database's PostgreSQL backends use during `work`. */
async function withCpu<T>(
  context: VigieContext,
  instances: Instance[],
  work: () => Promise<T>,
): Promise<T & { cpu: { instances: number[]; postgres: number | null } }> {
  const before = instances.map(({ child }) => processCpu(child.pid));
  const backends = await backendCpu(context);
  const result = await work();
  const postgres = cpuBetween(backends, await backendCpu(context));
  return {
    ...result,
    cpu: {
      instances: instances.map(({ child }, index) => round1(processCpu(child.pid) - before[index])),
      postgres: postgres === null ? null : round1(postgres),
    },
  };
}

/** One autocannon run at a fixed overall rate over both instances; latencies corrected for coordinated omission. */
function cannon(
  instances: Instance[],
  rate: number,
  run: { seconds?: number; amount?: number; requests: CannonRequest[]; headers?: Record<string, string> },
): Promise<CannonResult> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: instances.map((instance) => instance.url),
        connections: 20,
        overallRate: rate,
        timeout: 30,
        ...(run.amount ? { amount: run.amount } : { duration: run.seconds }),
        requests: run.requests,
        headers: run.headers,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

const latencyOf = (result: CannonResult) => ({
  requests: result.requests.total,
  seconds: result.duration,
  median: result.latency.p50,
  p90: result.latency.p90,
  p99: result.latency.p99,
  max: result.latency.max,
  non2xx: result.non2xx,
  errors: result.errors,
  statusCodes: Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, Number(count)]),
  ),
});

/**
 * Waits until the detection instance has indexed the history: a probe incident imported through it
 * is analysed only after its start (the detection runs one thing at a time).
 */
async function waitForDetection(
  context: VigieContext,
  detector: Instance,
  auth: Record<string, string>,
): Promise<number> {
  const started = performance.now();
  const [probe] = generateSyntheticIncidents(1, Date.now() % 1e9, facilitiesOf(context), INTAKE_RANGE);
  const response = await fetch(`${detector.url}/api/incidents/import`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify([{ ...probe, external_id: `load-probe-${randomUUID()}` }]),
  });
  if (!response.ok) throw new Error(`probe import refused: ${response.status} ${await response.text()}`);
  for (;;) {
    if ((await countWhere(context, sql<boolean>`analysed_version IS DISTINCT FROM version`)) === 0)
      return Math.round((performance.now() - started) / 1000);
    if (detector.child.exitCode !== null) throw new Error(`the detection instance exited: see ${detector.log}`);
    await sleep(2000);
  }
}

/** The requests the web app makes: list pages (filters, a second page) and map periods, from the data held. */
async function readRequests(context: VigieContext, url: string, auth: Record<string, string>) {
  const busiest = await context.store.db
    .selectFrom('incidents')
    .select(['facility_id', 'department_code'])
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('facility_id', 'is not', null)
    .groupBy(['facility_id', 'department_code'])
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const month = `from=${INTAKE_RANGE.from}&to=${INTAKE_RANGE.to}`;
  const firstPage = (await fetch(`${url}/api/incidents?${month}&limit=50`, { headers: auth }).then((response) =>
    response.json(),
  )) as { next_cursor: string | null };
  if (!firstPage.next_cursor) throw new Error('the month holds a single page: is the history loaded?');
  const list = [
    '/api/incidents?limit=50', // the list page as it opens: everything, newest first
    `/api/incidents?${month}&limit=50`,
    `/api/incidents?${month}&limit=50&cursor=${encodeURIComponent(firstPage.next_cursor)}`,
    `/api/incidents?facility=${busiest.facility_id}&limit=50`,
    `/api/incidents?department=${busiest.department_code}&event_type=drone_drop,projection&from=2024-04-13&to=2025-04-13&limit=50`,
  ];
  const map = [
    `/api/incidents/geojson?${month}`, // the map page as it opens: the 30 days before the newest incident
    '/api/incidents/geojson?from=2025-04-06&to=2025-04-13',
    `/api/incidents/geojson?${month}&bbox=1.4,48.1,3.6,49.3`, // zoomed on Île-de-France
    `/api/incidents/geojson?${month}&event_type=gunfire,arson,vehicle_arson,explosive,assault_on_staff`,
  ];
  return { list, map };
}

/** Each request alone, one at a time on the idle cluster: which query costs what, and how big its answer is. */
async function profile(url: string, paths: string[], auth: Record<string, string>) {
  const result: Array<{ path: string; median: number; max: number; bytes: number; total?: number; features?: number }> =
    [];
  for (const path of paths) {
    const times: number[] = [];
    let body = '';
    for (let i = 0; i < PROFILE_REQUESTS + 1; i += 1) {
      const started = performance.now();
      const response = await fetch(`${url}${path}`, { headers: auth });
      body = await response.text();
      if (!response.ok) throw new Error(`${path}: ${response.status} ${body.slice(0, 300)}`);
      if (i > 0) times.push(performance.now() - started); // the first one warms the caches
    }
    const parsed = JSON.parse(body) as { total?: number; features?: unknown[] };
    times.sort((a, b) => a - b);
    result.push({
      path,
      median: round1(times[Math.floor(times.length / 2)]),
      max: round1(times[times.length - 1]),
      bytes: Buffer.byteLength(body),
      total: parsed.total,
      features: parsed.features?.length,
    });
  }
  return result;
}

/** Each request alone (profile), then health (baseline), then list and map together at the read rate, over both instances. */
async function readPhase(context: VigieContext, instances: Instance[], auth: Record<string, string>) {
  const paths = await readRequests(context, instances[0].url, auth);
  const get = (list: string[]) => list.map((path) => ({ method: 'GET', path }));
  log(`read: each request alone, ${PROFILE_REQUESTS} times`);
  const alone = await profile(instances[1].url, [...paths.list, ...paths.map], auth);
  log(`read: health at ${options.readRate} req/s for ${options.readSeconds} s (baseline)`);
  const health = await withCpu(context, instances, async () =>
    latencyOf(
      await cannon(instances, options.readRate, { seconds: options.readSeconds, requests: get(['/api/health']) }),
    ),
  );
  // First the lists of a period with the map, then every list request (the unfiltered first page counts the whole history).
  const mixes = [
    { name: 'period lists + map', list: paths.list.filter((path) => path.includes('from=')) },
    { name: 'all lists + map', list: paths.list },
  ];
  const mixed = [];
  for (const mix of mixes) {
    log(`read: ${mix.name} at ${options.readRate / 2} req/s each for ${options.readSeconds} s`);
    mixed.push({
      name: mix.name,
      paths: mix.list.length,
      ...(await withCpu(context, instances, async () => {
        const [list, map] = await Promise.all([
          cannon(instances, options.readRate / 2, {
            seconds: options.readSeconds,
            requests: get(mix.list),
            headers: auth,
          }),
          cannon(instances, options.readRate / 2, {
            seconds: options.readSeconds,
            requests: get(paths.map),
            headers: auth,
          }),
        ]);
        return { list: latencyOf(list), map: latencyOf(map) };
      })),
    });
  }
  return { alone, health, mixed };
}

interface LagSample {
  second: number;
  pending: number;
  oldestSeconds: number;
}

/** Counts, every second, the incidents the detection has not analysed yet and the age of the oldest. */
function lagSampler(context: VigieContext) {
  const samples: LagSample[] = [];
  const began = performance.now();
  const sample = async () => {
    const {
      rows: [row],
    } = await sql<{
      pending: number;
      oldest: number | null;
    }>`SELECT count(*)::int AS pending, EXTRACT(EPOCH FROM now() - min(created_at))::float8 AS oldest
      FROM incidents WHERE analysed_version IS DISTINCT FROM version`.execute(context.store.db);
    const entry = {
      second: round1((performance.now() - began) / 1000),
      pending: row.pending,
      oldestSeconds: round1(row.oldest ?? 0),
    };
    samples.push(entry);
    return entry;
  };
  const timer = setInterval(() => {
    void sample();
  }, 1000);
  return { samples, sample, stop: () => clearInterval(timer) };
}

/**
 * Intake at the target rate through the import route over both instances; with the detection on, the
 * lag is sampled during the intake and until the detection has caught up (at most 10 minutes).
 */
async function intakePhase(
  context: VigieContext,
  instances: Instance[],
  auth: Record<string, string>,
  detection: boolean,
) {
  const seed = Date.now() % 1e9;
  const total = options.intakeRate * options.intakeSeconds;
  const drafts = [...generateSyntheticIncidents(total, seed, facilitiesOf(context), INTAKE_RANGE)];
  const bodies: string[] = [];
  for (let start = 0; start < drafts.length; start += options.batch)
    bodies.push(JSON.stringify(drafts.slice(start, start + options.batch)));
  let next = 0;
  const request: CannonRequest = {
    method: 'POST',
    path: '/api/incidents/import',
    headers: { ...auth, 'content-type': 'application/json' },
    setupRequest: (sent) => ({ ...sent, body: bodies[next++ % bodies.length] }),
  };
  log(
    `intake (detection ${detection ? 'on' : 'off'}): ${options.intakeRate} incidents/s in requests of ${options.batch} for ${options.intakeSeconds} s`,
  );
  const lag = lagSampler(context);
  const began = performance.now();
  const measured = await withCpu(context, instances, async () =>
    latencyOf(
      await cannon(instances, options.intakeRate / options.batch, { amount: bodies.length, requests: [request] }),
    ),
  );
  const intakeSeconds = (performance.now() - began) / 1000;
  const stored = await countWhere(context, sql<boolean>`external_id LIKE ${`synthetic-stream-${seed}-%`}`);
  const atEnd = await lag.sample();
  let catchUpSeconds: number | null = null;
  if (detection) {
    const stopped = performance.now();
    for (let last = atEnd; last.pending > 0 && performance.now() - stopped < 600_000; last = await lag.sample())
      await sleep(1000);
    const pending = await countWhere(context, sql<boolean>`analysed_version IS DISTINCT FROM version`);
    catchUpSeconds = pending === 0 ? round1((performance.now() - stopped) / 1000) : null;
  }
  lag.stop();
  const during = lag.samples.filter((entry) => entry.second <= intakeSeconds);
  const { cpu, ...requests } = measured;
  return {
    detection,
    sent: total,
    stored,
    seconds: round1(intakeSeconds),
    rowsPerSecond: Math.round(stored / intakeSeconds),
    requests,
    cpu,
    maxPending: Math.max(0, ...during.map((entry) => entry.pending)),
    maxOldestSeconds: Math.max(0, ...during.map((entry) => entry.oldestSeconds)),
    atEnd,
    catchUpSeconds,
    samples: lag.samples,
  };
}

type ReadResult = Awaited<ReturnType<typeof readPhase>>;
type IntakeResult = Awaited<ReturnType<typeof intakePhase>>;

/** The markdown summary: read latencies against the health baseline, intake with and without detection. */
function summary(read: ReadResult, intake: IntakeResult[], held: number): string {
  const row = (name: string, rate: number, r: ReturnType<typeof latencyOf>) =>
    `| ${name} | ${rate} | ${r.requests.toLocaleString('en')} | ${r.median} | ${r.p99} | ${r.max} | ${r.non2xx + r.errors} | ${round1(r.median / Math.max(read.health.median, 1))} | ${round1(r.p99 / Math.max(read.health.p99, 1))} |`;
  const lines = [
    `Read, ${held.toLocaleString('en')} incidents, 2 instances, latencies in ms (autocannon, corrected for coordinated omission)`,
    '| route | req/s | requests | median | p99 | max | errors | median / health | p99 / health |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    row('GET /api/health (baseline)', options.readRate, read.health),
    ...read.mixed.flatMap((mix) => [
      row(`${mix.name}: GET /api/incidents (${mix.paths} requests)`, options.readRate / 2, mix.list),
      row(`${mix.name}: GET /api/incidents/geojson (4 requests)`, options.readRate / 2, mix.map),
    ]),
    `CPU seconds, instances 1 / 2 / PostgreSQL: health ${read.health.cpu.instances.join(' / ')} / ${read.health.cpu.postgres ?? '-'}; ` +
      read.mixed.map((mix) => `${mix.name} ${mix.cpu.instances.join(' / ')} / ${mix.cpu.postgres ?? '-'}`).join('; '),
    '',
    'Each request alone (one at a time, idle cluster, after one warm-up), ms',
    '| request | median | max | KB | total / features |',
    '|---|---:|---:|---:|---:|',
    ...read.alone.map(
      (r) =>
        `| \`${r.path.replace(/cursor=[^&]+/, 'cursor=…')}\` | ${r.median} | ${r.max} | ${Math.round(r.bytes / 1024)} | ${(r.total ?? r.features ?? '-').toLocaleString('en')} |`,
    ),
    ...(intake.length === 0
      ? []
      : [
          '',
          `Intake, ${options.intakeRate} incidents/s target in requests of ${options.batch}, 2 instances`,
          '| detection | stored | rows/s | request median / p99 ms | errors | max unanalysed | max age of oldest (s) | unanalysed at end | caught up after (s) | CPU s instance 1 / 2 / PostgreSQL |',
          '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
          ...intake.map(
            (r) =>
              `| ${r.detection ? 'on (instance 1)' : 'off (baseline)'} | ${r.stored.toLocaleString('en')} | ${r.rowsPerSecond.toLocaleString('en')} | ${r.requests.median} / ${r.requests.p99} | ${r.requests.non2xx + r.requests.errors} | ` +
              (r.detection
                ? `${r.maxPending.toLocaleString('en')} | ${r.maxOldestSeconds} | ${r.atEnd.pending.toLocaleString('en')} | ${r.catchUpSeconds ?? 'not within 600'}`
                : '- | - | - | -') +
              ` | ${r.cpu.instances.join(' / ')} / ${r.cpu.postgres ?? '-'} |`,
          ),
        ]),
  ];
  const on = intake.find((r) => r.detection),
    off = intake.find((r) => !r.detection);
  if (on && off)
    lines.push(
      `intake with detection / without: ${(on.rowsPerSecond / off.rowsPerSecond).toFixed(2)} (rows/s), request p99 ${(on.requests.p99 / Math.max(off.requests.p99, 1)).toFixed(2)}x`,
    );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const began = performance.now();
  const runId = randomUUID().slice(0, 8);
  const loadStart = loadavg()[0];
  const { context, loadSeconds } = await openHistory();
  const held = await countWhere(context, sql<boolean>`true`);
  log(
    loadSeconds === null
      ? `history: ${held.toLocaleString('en')} incidents already held`
      : `history: ${held.toLocaleString('en')} incidents loaded and analysed in ${loadSeconds} s`,
  );
  const reader = await account(context, { role: 'analyst', org: 'Load bench', username: `load-${runId}` });
  const auth = { authorization: `Bearer ${reader.token}` };
  const intake: IntakeResult[] = [];
  let read: ReadResult;
  // --read-only: the read phase alone, on a cluster without detection (no wait for the history's indexing).
  let instances = await startCluster(!options.readOnly, runId);
  let detectionReadySeconds: number | null = null;
  try {
    if (!options.readOnly) {
      log('waiting for the detection instance to index the history');
      detectionReadySeconds = await waitForDetection(context, instances[0], auth);
      log(`detection ready after ${detectionReadySeconds} s`);
    }
    read = await readPhase(context, instances, auth);
    if (!options.readOnly) intake.push(await intakePhase(context, instances, auth, true));
  } finally {
    await stopCluster(instances);
  }
  if (!options.readOnly) {
    instances = await startCluster(false, runId);
    try {
      intake.push(await intakePhase(context, instances, auth, false));
    } finally {
      await stopCluster(instances);
    }
  }
  const table = summary(read, intake, held);
  process.stdout.write(`${table}\n`);
  const postgres = String(
    (await sql<{ server_version: string }>`SHOW server_version`.execute(context.store.db)).rows[0].server_version,
  );
  await context.close();
  const date = new Date().toISOString();
  const document = {
    date,
    command: `npm run bench:load -- ${process.argv.slice(2).join(' ')}`.trim(),
    options: { ...options, databaseUrl: options.databaseUrl.replace(/:\/\/([^:@/]+):[^@]*@/, '://$1:***@') },
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model,
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
      postgres,
      loadStart: round1(loadStart),
      loadEnd: round1(loadavg()[0]),
    },
    history: { incidents: held, loadSeconds, detectionReadySeconds },
    read,
    intake,
    totalSeconds: Math.round((performance.now() - began) / 1000),
    table,
  };
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  const output = join(
    import.meta.dirname,
    'results',
    `load-${date.slice(0, 10)}${options.readOnly ? `-read-${options.readRate}` : ''}.json`,
  );
  writeFileSync(output, `${JSON.stringify(document, null, 2)}\n`);
  log(`results written to ${output}`);
}

await main();
