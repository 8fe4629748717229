/**
 * The map and the list at scale (issue 19, sections 2 and 3), on PostgreSQL: each figure beside a
 * baseline measured in the same run.
 *   npm run bench:map -- [--rows 200000] [--database postgres://postgres@127.0.0.1:5432/postgres] [--rounds 15]
 * - the national map of 30 days and of a year: bytes sent, and the time of the API's work (store query
 *   and building the answer) against the time of its SQL alone; beside it, the points of the old
 *   /geojson route for the same period;
 * - the first page of the list and its count for an analyst (a reader holding no compartment), with the
 *   read scope written as `compartments = '{}'` (now) and as `compartments <@ '{}'` (before), against the
 *   same query with no scope at all.
 * The database `vigie_bench_map` is made once and kept (a run with as many rows reuses it).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openVigie, type VigieContext } from '../src/context.ts';
import { readScope } from '../src/core/access/access.ts';
import { SYSTEM_PRINCIPAL, type Principal } from '../src/core/shared/principal.ts';
import { prepareIncident } from '../src/core/incident/incident.service.ts';
import { mapView } from '../src/core/incident/incident-map.service.ts';
import { generateSyntheticIncidents } from '../src/demo/background.ts';
import { applyFilter, type IncidentFilter } from '../src/store/incident.repository.ts';
import { compartmentsWithin } from '../src/store/read-scope.ts';
import type { NewIncidentRow } from '../src/store/schema.ts';
import { incidentFeature } from '../src/export/incident-feature.ts';

const arg = (name: string, fallback: string) =>
  process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback;
const ROWS = Number(arg('rows', '200000'));
const ROUNDS = Number(arg('rounds', '15'));
const SERVER = arg('database', process.env.VIGIE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const NAME = 'vigie_bench_map';

async function admin(text: string) {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

async function open(): Promise<VigieContext> {
  if ((await admin(`SELECT 1 FROM pg_database WHERE datname = '${NAME}'`)).length === 0)
    await admin(`CREATE DATABASE ${NAME}`);
  const url = new URL(SERVER);
  url.pathname = `/${NAME}`;
  const context = await openVigie({
    dataDir: mkdtempSync(join(tmpdir(), 'vigie-bench-map-')),
    databaseUrl: url.toString(),
  });
  const held = Number(
    (
      await context.store.db
        .selectFrom('incidents')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  if (held === ROWS) return context;
  console.error(`loading ${ROWS.toLocaleString('en')} synthetic incidents (held ${held})`);
  await context.store.db.deleteFrom('incidents').execute();
  const facilities = context.gazetteer.facilities.map((facility) => ({
    id: facility.id,
    kind: facility.kind,
    department: facility.department_code,
  }));
  let batch: NewIncidentRow[] = [];
  for (const draft of generateSyntheticIncidents(ROWS, 19, facilities, { from: '2025-01-01', to: '2026-12-01' })) {
    const { record } = prepareIncident(JSON.parse(JSON.stringify(draft)), context.gazetteer, SYSTEM_PRINCIPAL);
    if (!record) continue;
    const { staff: _staff, ...fields } = record;
    batch.push({
      ...fields,
      id: randomUUID(),
      owner_org_id: SYSTEM_PRINCIPAL.organisationId,
      created_by: null,
      staff_sealed: null,
      signatures: JSON.stringify(fields.signatures),
      sources: JSON.stringify(fields.sources),
      analysed_version: 1,
      alerted_version: 1,
    } as NewIncidentRow);
    if (batch.length === 1000) {
      await context.store.db.insertInto('incidents').values(batch).execute();
      batch = [];
    }
  }
  if (batch.length) await context.store.db.insertInto('incidents').values(batch).execute();
  await sql`VACUUM ANALYZE incidents`.execute(context.store.db);
  return context;
}

/** Median milliseconds of `rounds` runs after one warm-up. */
async function median(run: () => Promise<unknown>, rounds = ROUNDS): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const fmt = (ms: number) => ms.toFixed(1);
const analyst: Principal = {
  ...SYSTEM_PRINCIPAL,
  system: false,
  role: 'analyst',
  compartments: [],
  userId: randomUUID(),
} as Principal;

async function main() {
  const context = await open();
  const db = context.store.db;
  const scope = readScope(analyst);
  const caller = { principal: analyst, address: 'bench' };
  console.log(
    `${ROWS.toLocaleString('en')} incidents on PostgreSQL; ${cpus().length} cores; load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}; ${ROUNDS} rounds, medians`,
  );
  console.log(
    '\n| map | bytes | API work (ms) | its SQL alone (ms) | ratio | old /geojson bytes | old /geojson work (ms) |\n| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const [name, from] of [
    ['national, 30 days', '2026-11-01'],
    ['national, 1 year', '2025-12-01'],
  ] as const) {
    const filter: IncidentFilter = { from: new Date(`${from}T00:00:00Z`), to: new Date('2026-12-01T00:00:00Z') };
    let bytes = 0;
    const api = await median(async () => {
      bytes = JSON.stringify(
        await mapView(
          { incidents: context.incidents.incidents, audit: context.audit, map: context.incidentMap },
          caller,
          filter,
          5,
        ),
      ).length;
    });
    const sqlOnly = await median(() => context.incidentMap.cells(scope, filter, 360 / 32 / 4));
    let oldBytes = 0;
    const old = await median(async () => {
      const rows = await context.incidents.incidents.mapPoints(scope, filter, 10_001);
      oldBytes = JSON.stringify({
        type: 'FeatureCollection',
        features: rows.slice(0, 10_000).map((row) => incidentFeature(context.gazetteer, row)),
      }).length;
    }, 5);
    console.log(
      `| ${name} | ${bytes.toLocaleString('en')} | ${fmt(api)} | ${fmt(sqlOnly)} | ${(api / sqlOnly).toFixed(2)} | ${oldBytes.toLocaleString('en')} (capped at 10,000 points) | ${fmt(old)} |`,
    );
  }

  console.log(
    "\n| list query (analyst, no compartment) | scope now `= '{}'` (ms) | scope before `<@` (ms) | no scope (ms) | now / no scope | before / no scope |\n| --- | --- | --- | --- | --- | --- |",
  );
  const before = (_eb: unknown) => sql<boolean>`compartments <@ ${sql.val([])}::text[]`;
  const scoped = (filter: IncidentFilter, compartments: (eb: unknown) => ReturnType<typeof compartmentsWithin>) =>
    applyFilter(db.selectFrom('incidents').select(['id', 'occurred_start']), { ...scope, all: true }, filter).where(
      (eb) =>
        eb.and([
          compartments(eb),
          eb.or([
            eb('marking', 'in', ['CLEAR', 'GREEN']),
            eb.and([eb('marking', '=', 'AMBER'), eb('owner_org_id', 'in', scope.amberOwners)]),
          ]),
        ]),
    );
  const cases: Array<[string, IncidentFilter]> = [
    ['30 days, first page', { from: new Date('2026-11-01T00:00:00Z') }],
    [
      'a year, department + 2 event types, first page',
      { from: new Date('2025-12-01T00:00:00Z'), department: ['13'], event_type: ['vehicle_arson', 'gunfire'] },
    ],
  ];
  for (const [name, filter] of cases) {
    const page = (q: ReturnType<typeof scoped>) =>
      q.orderBy('occurred_start', 'desc').orderBy('id', 'desc').limit(50).execute();
    const now = await median(() => page(scoped(filter, () => compartmentsWithin([]))));
    const old = await median(() => page(scoped(filter, before)));
    const none = await median(() =>
      page(applyFilter(db.selectFrom('incidents').select(['id', 'occurred_start']), { ...scope, all: true }, filter)),
    );
    console.log(
      `| ${name} | ${fmt(now)} | ${fmt(old)} | ${fmt(none)} | ${(now / none).toFixed(2)} | ${(old / none).toFixed(2)} |`,
    );
    const count = (q: ReturnType<typeof scoped>) =>
      db
        .selectFrom(q.as('m'))
        .select((eb) => eb.fn.countAll().as('n'))
        .execute();
    const cNow = await median(() => count(scoped(filter, () => compartmentsWithin([]))));
    const cOld = await median(() => count(scoped(filter, before)));
    const cNone = await median(() =>
      count(applyFilter(db.selectFrom('incidents').select(['id', 'occurred_start']), { ...scope, all: true }, filter)),
    );
    console.log(
      `| ${name.replace('first page', 'count')} | ${fmt(cNow)} | ${fmt(cOld)} | ${fmt(cNone)} | ${(cNow / cNone).toFixed(2)} | ${(cOld / cNone).toFixed(2)} |`,
    );
  }
  const dataDir = (context.store as unknown as { config?: { dataDir?: string } }).config?.dataDir;
  await context.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

await main();
