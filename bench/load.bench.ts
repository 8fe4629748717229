/**
 * Reads at a million incidents (issue 19, sections 2 and 3), on PostgreSQL, every figure against a
 * baseline measured in the same run:
 *   npm run bench:load -- [--incidents 1000000] [--rate 200] [--seconds 20] [--rounds 15] [--risk-requests 300] [--no-docs]
 *     [--database-url postgres://postgres@127.0.0.1:5432/postgres]
 * - makes its own database (dropped at the end) and writes the history with `INSERT .. SELECT` over
 *   `generate_series` (bench/load/history.ts): a tenth first, then the rest;
 * - the first page of the 30-day list at a tenth and at all of it (flat: goal <= 1.5x);
 * - the national map of 30 days and of a year: bytes (goal <= 50 KB) and the API's time right after
 *   a write (so nothing kept can answer) against its SQL alone (goal <= 1.5x), and warm;
 * - every list filter of the bench, scoped to an analyst holding no compartment, against the same
 *   SQL without scope (goal <= 3x);
 * - autocannon at `--rate` requests/s on /api/health (the baseline), a signed-in one-query route,
 *   /api/risk, the 30-day list and the national 30-day map, then the last two again while one incident
 *   changes every second: p99 against health's (goal <= 3x), with the rate reached and no error;
 * - /api/risk from a stored ranking (bench/load/risk.ts), one request at a time interleaved with
 *   /api/health and a signed-in one-query route: p95 against health's (goal <= 10 ms p95).
 * Prints the tables and writes them into docs/benchmarks.md between the bench:load markers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AUDIT_BATCH_MS } from '../src/security/audit-batch.ts';
import { sql } from 'kysely';
import pg from 'pg';
import { openVigie, type VigieContext } from '../src/context.ts';
import { readScope } from '../src/core/access/access.ts';
import type { ReadScope } from '../src/core/shared/principal.ts';
import { cellDegreesAt } from '../src/core/incident/incident-map.service.ts';
import { REVISION_TTL_MS } from '../src/core/incident/incident-read-cache.ts';
import type { IncidentFilter } from '../src/store/incident.repository.ts';
import { account } from '../test/support/accounts.ts';
import { prepareHistory, writeHistoryInBulk, type HistoryOwners } from './load/history.ts';
import { storeBenchRanking } from './load/risk.ts';
import { backendCpu, cpuBetween } from './measure.ts';

interface CannonResult {
  latency: { p50: number; p99: number; max: number };
  requests: { total: number };
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Cannon = (options: Record<string, unknown>, done: (error: Error | null, result: CannonResult) => void) => unknown;
// autocannon: a well-kept HTTP load generator that holds a fixed rate over keep-alive connections and
// reports HDR-histogram percentiles (already a dev dependency; no type package for v9).
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

const { values } = parseArgs({
  options: {
    incidents: { type: 'string', default: '1000000' },
    rate: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '15' },
    'risk-requests': { type: 'string', default: '300' },
    'database-url': {
      type: 'string',
      default: process.env.VIGIE_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
    'no-docs': { type: 'boolean', default: false },
  },
});
const INCIDENTS = Number(values.incidents.replace(/_/g, ''));
const STEP = Math.round(INCIDENTS / 10);
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);
const ROUNDS = Number(values.rounds);
const RISK_REQUESTS = Number(values['risk-requests']);
const SERVER = values['database-url'];
const NAME = `vigie_bench_load_${process.pid}`;
const DAY = 86_400_000;
const NOW = new Date(Math.floor(Date.now() / DAY) * DAY);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const MONTH_AGO = isoDay(new Date(NOW.getTime() - 30 * DAY));
const YEAR_AGO = isoDay(new Date(NOW.getTime() - 365 * DAY));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (text: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const ratio = (value: number) => `${value.toFixed(2)}x`;
const met = (ok: boolean) => (ok ? 'met' : '**not met**');
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');

async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Median milliseconds of `rounds` runs after one warm-up; `before` runs untimed ahead of each. */
async function median(run: () => Promise<unknown>, before?: () => Promise<unknown>, rounds = ROUNDS): Promise<number> {
  await before?.();
  await run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    await before?.();
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * Median milliseconds of each of `runs`, run in turn round after round (after one warm-up round): on a
 * shared machine, two blocks timed one after the other see different loads; taken in turn, they see
 * the same.
 */
async function medians(runs: Array<() => Promise<unknown>>, rounds = ROUNDS): Promise<number[]> {
  for (const run of runs) await run();
  const times = runs.map(() => [] as number[]);
  for (let i = 0; i < rounds; i += 1) {
    for (const [index, run] of runs.entries()) {
      const start = performance.now();
      await run();
      times[index].push(performance.now() - start);
    }
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
}

/** The API in a process of its own. */
async function startApi(databaseUrl: string, dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  // Its errors go to a file: requests still queued when a run ends fail as the server stops.
  const errors = openSync(join(dataDir, 'server.log'), 'a');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'load', 'server.ts'), databaseUrl, dataDir, '0'],
    { stdio: ['ignore', 'pipe', errors] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk;
      const found = /ready (\S+)/.exec(out);
      if (found) resolve(found[1]);
    });
    child.once('exit', (code) =>
      reject(
        new Error(
          `the API exited (${code}) before it listened: ${readFileSync(join(dataDir, 'server.log'), 'utf8').slice(-2000)}`,
        ),
      ),
    );
  });
  return { url, child };
}

/** CPU seconds a process has used so far, from /proc. */
function processCpu(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface Harness {
  context: VigieContext;
  url: string;
  child: ChildProcess;
  auth: Record<string, string>;
  reader: ReadScope;
  everything: ReadScope;
  /** changes one incident, as the live intake does: whatever the API keeps must follow it */
  write: () => Promise<unknown>;
}

/** One API request; returns the body's length. */
async function get(h: Harness, path: string): Promise<{ bytes: number; json: Record<string, unknown> }> {
  const response = await fetch(`${h.url}${path}`, { headers: h.auth });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${text.slice(0, 300)}`);
  return { bytes: Buffer.byteLength(text), json: JSON.parse(text) };
}

/** The list's SQL as the service runs it: the page (limit + 1) and the capped count, together. */
function listSql(h: Harness, scope: ReadScope, filter: IncidentFilter) {
  const repository = h.context.incidents.incidents;
  return () => Promise.all([repository.list(scope, filter, 51), repository.count(scope, filter, 10_000)]);
}

/** The filters of the list the bench measures: what the web list asks for. */
function listCases(facility: string, department: string): Array<[string, string, IncidentFilter]> {
  const from = (day: string) => new Date(`${day}T00:00:00Z`);
  return [
    ['30 days', `from=${MONTH_AGO}`, { from: from(MONTH_AGO) }],
    ['everything (the list as it opens)', '', {}],
    ['a facility', `facility=${facility}`, { facility: [facility] }],
    [
      'a year, a department + 2 event types',
      `from=${YEAR_AGO}&department=${department}&event_type=gunfire,vehicle_arson`,
      { from: from(YEAR_AGO), department: [department], event_type: ['gunfire', 'vehicle_arson'] },
    ],
    [
      '30 days, attacks (5 event types)',
      `from=${MONTH_AGO}&event_type=gunfire,arson,vehicle_arson,explosive,assault_on_staff`,
      { from: from(MONTH_AGO), event_type: ['gunfire', 'arson', 'vehicle_arson', 'explosive', 'assault_on_staff'] },
    ],
    [
      '30 days, Île-de-France (bbox)',
      `from=${MONTH_AGO}&bbox=1.4,48.1,3.6,49.3`,
      { from: from(MONTH_AGO), bbox: [1.4, 48.1, 3.6, 49.3] },
    ],
    ['a year, status verified', `from=${YEAR_AGO}&status=verified`, { from: from(YEAR_AGO), status: ['verified'] }],
  ];
}

/** The first page of the 30-day list: through the API right after a write (nothing kept can serve it) and in SQL. */
async function firstPage(h: Harness): Promise<{ api: number; sql: number; total: number }> {
  let total = 0;
  const api = await median(async () => {
    total = (await get(h, `/api/incidents?from=${MONTH_AGO}&limit=50`)).json.total as number;
  }, h.write);
  const sqlTime = await median(listSql(h, h.reader, { from: new Date(`${MONTH_AGO}T00:00:00Z`) }));
  return { api, sql: sqlTime, total };
}

/**
 * One autocannon run at a fixed rate; with `writes`, one incident is changed every second meanwhile
 * (a live intake). Also the CPU the API process and the database's backends used: on a shared machine
 * the CPU per request says what the rate would cost on cores of its own.
 */
async function cannon(
  h: Harness,
  path: string,
  writes: boolean,
): Promise<CannonResult & { apiCpu: number; postgresCpu: number | null }> {
  const before = processCpu(h.child.pid);
  const backends = await backendCpu(h.context);
  const timer = writes
    ? setInterval(() => {
        void h.write();
      }, 1000)
    : undefined;
  try {
    const result = await new Promise<CannonResult>((resolve, reject) => {
      autocannon(
        { url: `${h.url}${path}`, connections: 20, overallRate: RATE, duration: SECONDS, timeout: 30, headers: h.auth },
        (error, done) => (error ? reject(error) : resolve(done)),
      );
    });
    return {
      ...result,
      apiCpu: processCpu(h.child.pid) - before,
      postgresCpu: cpuBetween(backends, await backendCpu(h.context)),
    };
  } finally {
    clearInterval(timer);
  }
}

/** The value at quantile `q` of `samples`. */
function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/**
 * /api/risk read from a stored ranking (issue 19.4), one request at a time, interleaved with its
 * baselines so that each sees the same machine: p95 against health's p95 (goal <= 10 ms).
 */
async function riskSection(h: Harness, say: (line?: string) => void): Promise<void> {
  await storeBenchRanking(h.context.store.db, new Date(), [72, 168]);
  const routes: Array<[string, string]> = [
    ['GET /api/health (baseline)', '/api/health'],
    ['signed in, one small query: GET /api/signature-aliases (baseline)', '/api/signature-aliases'],
    ['GET /api/risk, 20 sites (stored ranking)', '/api/risk?horizon=72&limit=20'],
    ['GET /api/risk?limit=300 (stored, the map)', '/api/risk?horizon=72&limit=300'],
  ];
  const samples = routes.map(() => [] as number[]);
  const loadBefore = load();
  const cpuBefore = processCpu(h.child.pid);
  for (let i = 0; i < RISK_REQUESTS + 20; i += 1) {
    for (const [index, [, path]] of routes.entries()) {
      const start = performance.now();
      await get(h, path);
      if (i >= 20) samples[index].push(performance.now() - start); // the first 20 rounds warm up
    }
  }
  const apiCpu = processCpu(h.child.pid) - cpuBefore;
  const healthP95 = Math.max(quantile(samples[0], 0.95), 0.01);
  say();
  say(
    `| one request at a time, ${RISK_REQUESTS} of each interleaved (load average ${loadBefore} before, ${load()} after; API CPU ${ms((apiCpu * 1000) / (RISK_REQUESTS * routes.length))} ms per request on average) | p50 (ms) | p95 (ms) | p95 / health p95 | goal |`,
  );
  say('| --- | ---: | ---: | ---: | --- |');
  for (const [index, [name, path]] of routes.entries()) {
    const p95 = quantile(samples[index], 0.95);
    const goal = path.includes('limit=20') ? `<= 10 ms p95: ${met(p95 <= 10)}` : '';
    say(`| ${name} | ${ms(quantile(samples[index], 0.5))} | ${ms(p95)} | ${ratio(p95 / healthP95)} | ${goal} |`);
  }
}

async function main(): Promise<void> {
  const began = performance.now();
  const loadStart = load();
  await admin(`CREATE DATABASE ${NAME}`);
  const url = new URL(SERVER);
  url.pathname = `/${NAME}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'vigie-bench-load-'));
  let child: ChildProcess | undefined;
  const out: string[] = [];
  const say = (line = '') => {
    out.push(line);
    process.stdout.write(`${line}\n`);
  };
  try {
    const context = await openVigie({ dataDir, databaseUrl: url.toString() });
    const readerAccount = await account(context, {
      role: 'analyst',
      org: 'Load bench reader',
      username: 'load-reader',
    });
    const other = await account(context, { role: 'analyst', org: 'Load bench partner', username: 'load-partner' });
    const owners: HistoryOwners = {
      readerOrg: readerAccount.organisationId,
      readerUser: readerAccount.id,
      otherOrg: other.organisationId,
      otherUser: other.id,
    };
    const reader = readScope({
      system: false,
      userId: readerAccount.id,
      username: 'load-reader',
      role: 'analyst',
      organisationId: readerAccount.organisationId,
      compartments: [],
      sharedFrom: [],
    });
    const everything = { ...reader, all: true };

    let started = performance.now();
    await prepareHistory(context.store.db);
    await writeHistoryInBulk(context.store.db, 1, STEP, NOW, owners);
    await sql`VACUUM ANALYZE incidents`.execute(context.store.db);
    log(`${STEP.toLocaleString('en')} incidents written in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const api = await startApi(url.toString(), dataDir);
    child = api.child;
    // One incident of the last 30 days the reader sees, whose class the bench flips at every write: a
    // change the map must show (one count moves from a class to another), not a no-op the change log
    // (migration 0031) would skip.
    const someone = await context.store.db
      .selectFrom('incidents')
      .select('id')
      .where('occurred_end', '>', new Date(`${MONTH_AGO}T00:00:00Z`))
      .where('marking', '=', 'GREEN')
      .where(sql<boolean>`compartments = '{}'`)
      .limit(1)
      .executeTakeFirstOrThrow();
    // The bench writes as another instance would: the API reads the incident revision at most every
    // REVISION_TTL_MS, so a timing "after a write" waits that out first (nothing kept may answer it).
    const write = async () => {
      await sql`UPDATE incidents SET event_types = CASE WHEN event_types[1] = 'graffiti' THEN ARRAY['threat'] ELSE ARRAY['graffiti'] END
        WHERE id = ${someone.id}`.execute(context.store.db);
      await sleep(REVISION_TTL_MS + 20);
    };
    const h: Harness = {
      context,
      url: api.url,
      child: api.child,
      auth: { authorization: `Bearer ${readerAccount.token}` },
      reader,
      everything,
      write,
    };

    const small = await firstPage(h);
    log(`first page at ${STEP.toLocaleString('en')}: API ${ms(small.api)} ms, SQL ${ms(small.sql)} ms`);
    started = performance.now();
    await writeHistoryInBulk(context.store.db, STEP + 1, INCIDENTS, NOW, owners);
    await sql`VACUUM ANALYZE incidents`.execute(context.store.db);
    const loadSeconds = (performance.now() - started) / 1000;
    log(
      `${(INCIDENTS - STEP).toLocaleString('en')} more incidents written, indexed and analysed in ${loadSeconds.toFixed(0)} s`,
    );
    const full = await firstPage(h);
    log(`first page at ${INCIDENTS.toLocaleString('en')}: API ${ms(full.api)} ms, SQL ${ms(full.sql)} ms`);

    say(
      `**${INCIDENTS.toLocaleString('en')} incidents** on PostgreSQL (two years up to ${isoDay(NOW)}; written in ${loadSeconds.toFixed(0)} s), ${cpus().length} cores, ` +
        `load average at the start ${loadStart}; reader: an analyst holding no compartment; medians of ${ROUNDS} requests one at a time.`,
    );
    say();
    say('| first page of the 30-day list | API after a write (ms) | its SQL: page + capped count (ms) | total seen |');
    say('| --- | ---: | ---: | ---: |');
    say(
      `| at ${STEP.toLocaleString('en')} incidents | ${ms(small.api)} | ${ms(small.sql)} | ${small.total.toLocaleString('en')} |`,
    );
    say(
      `| at ${INCIDENTS.toLocaleString('en')} incidents | ${ms(full.api)} | ${ms(full.sql)} | ${full.total.toLocaleString('en')} |`,
    );
    say(
      `| ratio (goal: flat, <= 1.5x) | ${ratio(full.api / small.api)} ${met(full.api / small.api <= 1.5)} | ${ratio(full.sql / small.sql)} | |`,
    );

    say();
    say(
      '| national map (zoom 5) | bytes (goal <= 50 KB) | API, warm (ms) | API after a write (ms) | its SQL, a full count (ms) | SQL of the changes since a count, after a write (ms) | API after a write / full count (goal <= 1.5x) | API warm / full count |',
    );
    say('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, from] of [
      ['30 days', MONTH_AGO],
      ['1 year', YEAR_AGO],
    ] as const) {
      const path = `/api/incidents/map?zoom=5&from=${from}&to=${isoDay(NOW)}`;
      let bytes = 0;
      const warm = await median(async () => {
        bytes = (await get(h, path)).bytes;
      });
      const cold = await median(() => get(h, path), write);
      const filter: IncidentFilter = { from: new Date(`${from}T00:00:00Z`), to: NOW };
      const sqlTime = await median(() => context.incidentMap.cells(reader, filter, cellDegreesAt(5)));
      // What the API runs after a write instead (migration 0031): the changes since a count, one write.
      let since = '';
      const updateTime = await median(
        () => context.incidentMap.changesSince(reader, filter, cellDegreesAt(5), since),
        async () => {
          since = (await context.incidentMap.cells(reader, filter, cellDegreesAt(5))).snapshot;
          await write();
        },
      );
      say(
        `| ${name} | ${bytes.toLocaleString('en')} ${met(bytes <= 50 * 1024)} | ${ms(warm)} | ${ms(cold)} | ${ms(sqlTime)} | ${ms(updateTime)} | ${ratio(cold / sqlTime)} ${met(cold / sqlTime <= 1.5)} | ${ratio(warm / sqlTime)} |`,
      );
    }

    say();
    say(
      '| list filter (first page + capped count) | scoped SQL (ms) | same SQL without scope (ms) | ratio (goal <= 3x) | API after a write (ms) | total seen |',
    );
    say('| --- | ---: | ---: | ---: | ---: | ---: |');
    const busiest = await context.store.db
      .selectFrom('incidents')
      .select(['facility_id', 'department_code'])
      .where('facility_id', 'is not', null)
      .groupBy(['facility_id', 'department_code'])
      .orderBy(sql`count(*)`, 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    for (const [name, query, filter] of listCases(busiest.facility_id!, busiest.department_code!)) {
      const [scoped, bare] = await medians([listSql(h, reader, filter), listSql(h, everything, filter)]);
      let total = 0;
      const apiTime = await median(async () => {
        total = (await get(h, `/api/incidents?limit=50${query ? `&${query}` : ''}`)).json.total as number;
      }, write);
      say(
        `| ${name} | ${ms(scoped)} | ${ms(bare)} | ${ratio(scoped / bare)} ${met(scoped / bare <= 3)} | ${ms(apiTime)} | ${total.toLocaleString('en')} |`,
      );
    }

    await riskSection(h, say);

    say();
    say(
      `| sustained, ${RATE} requests/s for ${SECONDS} s (autocannon, 20 connections) | requests/s reached | p50 (ms) | p99 (ms) | max (ms) | errors | CPU ms per request, API + PostgreSQL | p99 / health p99 (goal <= 3x, at the rate, no error) |`,
    );
    say('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const list = `/api/incidents?from=${MONTH_AGO}&limit=50`;
    const map = `/api/incidents/map?zoom=5&from=${MONTH_AGO}&to=${isoDay(NOW)}`;
    const runs: Array<[string, string, boolean]> = [
      ['GET /api/health (baseline)', '/api/health', false],
      ['signed in, one small query: GET /api/signature-aliases (for reference)', '/api/signature-aliases', false],
      ['site risk, 20 sites, stored ranking: GET /api/risk (for reference)', '/api/risk?horizon=72&limit=20', false],
      ['30-day list, first page', list, false],
      ['national 30-day map', map, false],
      ['30-day list, one incident changed every second', list, true],
      ['national 30-day map, one incident changed every second', map, true],
    ];
    let healthP99 = 0;
    for (const [name, path, writes] of runs) {
      log(`autocannon: ${name}`);
      const result = await cannon(h, path, writes);
      if (!healthP99) healthP99 = Math.max(result.latency.p99, 1);
      const reached = result.requests.total / result.duration;
      const failures = result.non2xx + result.errors + result.timeouts;
      const ok = result.latency.p99 / healthP99 <= 3 && reached >= RATE * 0.95 && failures === 0;
      const perRequest = (seconds: number | null) =>
        seconds === null ? '-' : ms((seconds * 1000) / Math.max(result.requests.total, 1));
      const judged = path.includes('/api/incidents');
      say(
        `| ${name} | ${reached.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} | ${failures} | ${perRequest(result.apiCpu)} + ${perRequest(result.postgresCpu)} | ${ratio(result.latency.p99 / healthP99)}${judged ? ` ${met(ok)}` : ''} |`,
      );
      await sleep(2000); // let what is still queued finish before the next run
    }
    // List reads are audited in batches written every few seconds (src/security/audit-batch.ts): wait one.
    await sleep(AUDIT_BATCH_MS + 1000);
    const audited = (
      await sql<{ events: string; reads: string }>`SELECT count(*) AS events,
        coalesce(sum(coalesce((details->>'reads')::int, 1)), 0) AS reads
        FROM audit_events WHERE action = 'incident.list'`.execute(context.store.db)
    ).rows[0];
    const sensitive = (await listSql(h, reader, { from: new Date(`${MONTH_AGO}T00:00:00Z`) })())[0]
      .slice(0, 50)
      .filter((row) => row.marking === 'RED' || row.compartments.length > 0).length;
    say();
    say(
      `The 30-day first page holds ${sensitive} RED or compartmented record(s) the reader may open: every read of it is audited, in batches (one event per reader and page every ${AUDIT_BATCH_MS / 1000} s): ${Number(audited.reads).toLocaleString('en')} list reads audited in ${Number(audited.events).toLocaleString('en')} events in this run.`,
    );
    say();
    say(
      `Load average at the end ${load()}; the whole run took ${((performance.now() - began) / 60_000).toFixed(1)} min.`,
    );
    await context.close();
  } finally {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await admin(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (!values['no-docs'] && out.length > 0) writeDocs(out);
}

/** Replaces the table between the bench:load markers of docs/benchmarks.md with this run's. */
function writeDocs(lines: string[]): void {
  const file = join(import.meta.dirname, '..', 'docs', 'benchmarks.md');
  const [start, end] = ['<!-- bench:load:start -->', '<!-- bench:load:end -->'];
  const text = readFileSync(file, 'utf8');
  const command = `npm run bench:load${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const block = `${start}\nRun of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: \`${command}\`\n\n${lines.join('\n')}\n${end}`;
  const at = text.indexOf(start);
  writeFileSync(
    file,
    at >= 0
      ? text.slice(0, at) + block + text.slice(text.indexOf(end) + end.length)
      : `${text.trimEnd()}\n\n${block}\n`,
  );
  log(`table written into ${file}`);
}

await main();
