import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { VigieContext } from '../../src/context.ts';
import { cellDegreesAt, mapView } from '../../src/core/incident/incident-map.service.ts';
import { IncidentReadCache } from '../../src/core/incident/incident-read-cache.ts';
import { countsOf, withChanges, type MapCounts } from '../../src/core/incident/map-counts.ts';
import type { Caller } from '../../src/core/shared/caller.ts';
import type { Principal, ReadScope } from '../../src/core/shared/principal.ts';
import { IncidentMapRepository } from '../../src/store/incident-map.repository.ts';
import type { IncidentFilter, IncidentToStore } from '../../src/store/incident.repository.ts';
import { loadReferenceData } from '../../src/store/reference-data.ts';
import { organisation } from '../support/accounts.ts';
import {
  DAY,
  SPREAD_FACILITIES,
  SPREAD_START,
  spreadIncident,
  spreadPrincipal,
  spreadReaders,
} from '../support/spread-incidents.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

const START = SPREAD_START;

/** The counts brought up to date must be the full count: same cells, same counts, same position sums. */
function assertSameCounts(actual: MapCounts, expected: MapCounts, what: string): void {
  assert.deepEqual(
    [...actual.cells.entries()].map(([key, cell]) => [key, cell.n]).sort(),
    [...expected.cells.entries()].map(([key, cell]) => [key, cell.n]).sort(),
    what,
  );
  for (const [key, cell] of expected.cells) {
    const got = actual.cells.get(key)!;
    assert.ok(
      Math.abs(got.lon_sum - cell.lon_sum) < 1e-6 && Math.abs(got.lat_sum - cell.lat_sum) < 1e-6,
      `${what}: ${key}: ${JSON.stringify([got, cell])}`,
    );
  }
  assert.equal(actual.view.total, expected.view.total, what);
}

describe(`the map brought up to date from the incidents' change log on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let map: IncidentMapRepository;
  let orgA: string;
  let orgB: string;
  const author = randomUUID();
  const facilities = SPREAD_FACILITIES;

  const owners = () => ({ orgA, orgB, author });
  const stored = (i: number, overrides: Partial<IncidentToStore> = {}) => spreadIncident(owners(), i, overrides);
  const principal = (org: () => string, role: Principal['role']) => spreadPrincipal(org(), role);
  const scopes = () => spreadReaders(owners());
  const filters: Array<[string, IncidentFilter]> = [
    ['no filter', {}],
    ['a period', { from: new Date(START + 30 * DAY), to: new Date(START + 200 * DAY) }],
    ['two event types', { event_type: ['gunfire', 'threat'] }],
    ['a facility and a status', { facility: [facilities[1].id, facilities[2].id], status: ['reported'] }],
    [
      'a department, a target and a signature',
      { department: [facilities[3].department_code!], target_kind: ['facility'], signature: ['ddpf'] },
    ],
    ['a box', { bbox: [-5, 42, 5, 49] }],
  ];

  /** The incidents' rows, changed as a writer would: inserts, corrections of every logged field, deletions. */
  async function changeEverything(ids: string[]): Promise<void> {
    const db = context.store.db;
    await context.incidents.incidents.insertMany([stored(1), stored(2), stored(3), stored(4), stored(5)]);
    // moved to another facility and department: another cell
    await db
      .updateTable('incidents')
      .set({
        facility_id: facilities[7].id,
        lat: facilities[7].lat,
        lon: facilities[7].lon,
        department_code: facilities[7].department_code ?? null,
      })
      .where('id', '=', ids[0])
      .execute();
    // another class, then back and again: the log holds each step
    await db
      .updateTable('incidents')
      .set({ event_types: ['arson'] })
      .where('id', '=', ids[1])
      .execute();
    await db
      .updateTable('incidents')
      .set({ event_types: ['threat', 'gunfire'] })
      .where('id', '=', ids[1])
      .execute();
    // who may read it: a marking, an owner, compartments
    await db.updateTable('incidents').set({ marking: 'RED' }).where('id', '=', ids[2]).execute();
    await db.updateTable('incidents').set({ owner_org_id: orgB, marking: 'AMBER' }).where('id', '=', ids[3]).execute();
    await db
      .updateTable('incidents')
      .set({ compartments: ['STAFF'] })
      .where('id', '=', ids[4])
      .execute();
    // out of the period, and a status
    await db
      .updateTable('incidents')
      .set({ occurred_start: new Date(START - 400 * DAY), occurred_end: new Date(START - 399 * DAY) })
      .where('id', '=', ids[5])
      .execute();
    await db.updateTable('incidents').set({ status: 'refuted' }).where('id', 'in', [ids[6], ids[7]]).execute();
    // a statement touching many rows, some of them for nothing a reader sees
    await db.updateTable('incidents').set({ analysed_version: 3 }).where('id', 'in', ids.slice(10, 20)).execute();
    await db
      .updateTable('incidents')
      .set({ target_kinds: ['facility'] })
      .where('id', 'in', ids.slice(20, 30))
      .execute();
    // deletions
    await db.deleteFrom('incidents').where('id', 'in', [ids[8], ids[9]]).execute();
  }

  before(async () => {
    context = await freshContext();
    map = new IncidentMapRepository(context.store.db);
    orgA = await organisation(context, 'Map changes A');
    orgB = await organisation(context, 'Map changes B');
    await context.incidents.incidents.insertMany(Array.from({ length: 300 }, (_, i) => stored(i)));
  });
  after(async () => {
    await context.close();
  });

  test('after inserts, corrections of every logged field and deletions, for every reader and filter: the full count', async () => {
    const ids = (await context.store.db.selectFrom('incidents').select('id').orderBy('id').limit(40).execute()).map(
      (row) => row.id,
    );
    const cases = scopes().flatMap(([reader, scope]) =>
      filters.flatMap(([name, filter]) =>
        [5, 7].map((zoom) => ({ what: `${reader}, ${name}, zoom ${zoom}`, scope, filter, zoom })),
      ),
    );
    const before = await Promise.all(
      cases.map(async (c) =>
        countsOf(await map.cells(c.scope, c.filter, cellDegreesAt(c.zoom)), c.zoom, cellDegreesAt(c.zoom)),
      ),
    );
    await changeEverything(ids);
    let moved = 0;
    for (const [index, c] of cases.entries()) {
      const changes = await map.changesSince(c.scope, c.filter, cellDegreesAt(c.zoom), before[index].snapshot);
      assert.ok(changes, `${c.what}: the log holds every change`);
      if (changes.cells.length > 0) moved += 1;
      const updated = withChanges(before[index], changes);
      assert.ok(updated, c.what);
      const full = countsOf(await map.cells(c.scope, c.filter, cellDegreesAt(c.zoom)), c.zoom, cellDegreesAt(c.zoom));
      assertSameCounts(updated, full, c.what);
      const again = await map.changesSince(c.scope, c.filter, cellDegreesAt(c.zoom), updated.snapshot);
      assert.deepEqual(again?.cells, [], `${c.what}: nothing more since the counts brought up to date`);
    }
    assert.ok(moved > cases.length / 2, 'most readers and filters saw the changes move a count');
  });

  test('a statement that changes nothing a reader sees logs nothing', async () => {
    const scope = scopes()[0][1];
    const { snapshot } = await map.cells(scope, {}, cellDegreesAt(5));
    const [{ id }] = await context.store.db.selectFrom('incidents').select('id').limit(1).execute();
    await context.store.db
      .updateTable('incidents')
      .set({ status: sql`status`, analysed_version: 9 })
      .where('id', '=', id)
      .execute();
    const rows = await sql<{ n: string }>`SELECT count(*) AS n FROM incident_log.changes
      WHERE NOT pg_visible_in_snapshot(xid, ${snapshot}::pg_snapshot)`.execute(context.store.db);
    assert.equal(Number(rows.rows[0].n), 0);
  });

  test('more changes than it takes at most, a write without the log or pruned rows: the map is counted in full', async () => {
    const scope = scopes().find(([reader]) => reader === 'everything')![1];
    const { snapshot } = await map.cells(scope, {}, cellDegreesAt(5));
    await context.incidents.incidents.insertMany([stored(20), stored(21), stored(22)]);
    assert.equal(
      await map.changesSince(scope, {}, cellDegreesAt(5), snapshot, 2),
      undefined,
      'three changes, two at most',
    );
    assert.ok(await map.changesSince(scope, {}, cellDegreesAt(5), snapshot, 3));
    // a bulk write with triggers off says so (bench/load/history.ts): a count that does not see it is made again
    await sql`INSERT INTO incident_log.rewrites DEFAULT VALUES`.execute(context.store.db);
    assert.equal(await map.changesSince(scope, {}, cellDegreesAt(5), snapshot), undefined);
    const after = countsOf(await map.cells(scope, {}, cellDegreesAt(5)), 5, cellDegreesAt(5));
    assert.deepEqual(
      (await map.changesSince(scope, {}, cellDegreesAt(5), after.snapshot))?.cells,
      [],
      'one that sees it is not',
    );
    // Rows past their time are deleted, those of transactions that ended before every running one
    // began (on PostgreSQL, any database's: another test's transaction may hold some back), and
    // `pruned` says a count lacking one of them cannot be brought up to date.
    await context.incidents.incidents.insertMany([stored(23)]);
    await sql`UPDATE incident_log.changes SET at = now() - interval '1 hour'`.execute(context.store.db);
    await sql`UPDATE incident_log.rewrites SET at = now() - interval '1 hour'`.execute(context.store.db);
    const logged = async () =>
      Number(
        (await sql<{ n: string }>`SELECT count(*) AS n FROM incident_log.changes`.execute(context.store.db)).rows[0].n,
      );
    assert.ok((await logged()) > 0);
    await new IncidentMapRepository(context.store.db).pruneNowAndThen();
    const changes = await map.changesSince(scope, {}, cellDegreesAt(5), after.snapshot);
    const full = countsOf(await map.cells(scope, {}, cellDegreesAt(5)), 5, cellDegreesAt(5));
    if (TEST_STORE !== 'postgres') {
      assert.equal(await logged(), 0, 'every old row went');
      assert.equal(changes, undefined, 'a row the count lacks is gone');
    } else if (changes) assertSameCounts(withChanges(after, changes)!, full, 'what is left is enough');
    const { snapshot: latest } = await map.cells(scope, {}, cellDegreesAt(5));
    assert.deepEqual(
      (await map.changesSince(scope, {}, cellDegreesAt(5), latest))?.cells,
      [],
      'a count made after it is',
    );
    // The rows aged above that another database's transaction held back would otherwise be pruned by
    // the next test's first count, and a snapshot taken while that transaction still ran (its oldest
    // running transaction older than them) could then not be brought up to date: put their age back.
    await sql`UPDATE incident_log.changes SET at = now()`.execute(context.store.db);
    await sql`UPDATE incident_log.rewrites SET at = now()`.execute(context.store.db);
  });

  test('through the map service: one full count per reader scope, then each change brought in, counted work', async () => {
    const counting = new (class extends IncidentMapRepository {
      full = 0;
      updates = 0;
      override cells(...args: Parameters<IncidentMapRepository['cells']>) {
        this.full += 1;
        return super.cells(...args);
      }
      override async changesSince(...args: Parameters<IncidentMapRepository['changesSince']>) {
        const changes = await super.changesSince(...args);
        if (changes) this.updates += 1;
        return changes;
      }
    })(context.store.db);
    const readCache = new IncidentReadCache({ revision: () => context.incidents.incidents.revision() });
    const deps = { ...context.incidents, readCache, map: counting };
    const asA: Caller = { principal: principal(() => orgA, 'analyst'), address: 'test' };
    const asB: Caller = { principal: principal(() => orgB, 'analyst'), address: 'test' };
    const period = { from: new Date(START), to: new Date(START + 365 * DAY) };
    const fresh = (caller: Caller) => mapView({ ...context.incidents, readCache: undefined, map }, caller, period, 5);
    const seen = (caller: Caller) => mapView(deps, caller, period, 5);

    assert.deepEqual(await seen(asA), await fresh(asA));
    assert.deepEqual(await seen(asA), await fresh(asA));
    assert.deepEqual([counting.full, counting.updates], [1, 0], 'counted once, then kept');
    await context.incidents.incidents.insertMany([stored(1, { marking: 'GREEN', event_types: ['riot'] })]);
    const [{ id }] = await context.store.db
      .selectFrom('incidents')
      .select('id')
      .where('marking', '=', 'GREEN')
      .limit(1)
      .execute();
    await context.store.db
      .updateTable('incidents')
      .set({ event_types: ['escape_attempt'] })
      .where('id', '=', id)
      .execute();
    const withRiot = await seen(asA);
    assert.deepEqual(withRiot, await fresh(asA), 'the new incident counts at once');
    assert.ok(withRiot.kind === 'clusters' && withRiot.clusters.some((cluster) => cluster.by_class.riot === 1));
    assert.deepEqual([counting.full, counting.updates], [1, 1], 'brought up to date, not counted again');
    assert.deepEqual(await seen(asB), await fresh(asB), "another organisation's map is its own");
    assert.notDeepEqual(await seen(asB), withRiot);
    assert.deepEqual([counting.full, counting.updates], [2, 1]);
    await context.store.db.deleteFrom('incidents').where('id', '=', id).execute();
    assert.deepEqual(await seen(asB), await fresh(asB), 'a deletion counts at once');
    assert.deepEqual([counting.full, counting.updates], [2, 2]);
    await sql`INSERT INTO incident_log.rewrites DEFAULT VALUES`.execute(context.store.db);
    await sql`SELECT nextval('incident_revision')`.execute(context.store.db);
    assert.deepEqual(await seen(asA), await fresh(asA));
    assert.deepEqual([counting.full, counting.updates], [3, 2], 'a write the log lacks: counted in full');
  });
});

/**
 * Writers commit in another order than they began, as on one PostgreSQL shared by instances: the
 * changes a reader takes are those committed between its two snapshots, none twice, none lost.
 */
describe('changes committed out of order', { skip: TEST_STORE !== 'postgres' }, () => {
  let context: VigieContext;
  let map: IncidentMapRepository;
  let org: string;
  before(async () => {
    context = await freshContext();
    map = new IncidentMapRepository(context.store.db);
    org = await organisation(context, 'Out of order');
  });
  after(async () => {
    await context.close();
  });

  test('a write still open when the counts were brought up to date is taken the next time', async () => {
    const facility = loadReferenceData().facilities[0];
    const row = (event: string) =>
      sql`INSERT INTO incidents (id, occurred_start, occurred_end, occurred_precision, timezone, facility_id, lat, lon,
        place_precision, event_types, owner_org_id, marking)
        VALUES (${randomUUID()}, '2025-05-01', '2025-05-02', 'day', 'Europe/Paris', ${facility.id}, ${facility.lat},
          ${facility.lon}, 'site', ARRAY[${event}], ${org}, 'GREEN')`;
    const scope: ReadScope = {
      all: true,
      organisationId: org,
      userId: randomUUID(),
      compartments: [],
      amberOwners: [org],
      redOfOrganisation: true,
    };
    const counts = countsOf(await map.cells(scope, {}, cellDegreesAt(5)), 5, cellDegreesAt(5));
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let written = () => {};
    const wrote = new Promise<void>((resolve) => {
      written = resolve;
    });
    // The first writer begins and writes, and commits only after the second has committed and the map was brought up to date.
    const first = context.store.db.transaction().execute(async (trx) => {
      await row('gunfire').execute(trx);
      written();
      await held;
    });
    await wrote;
    await row('threat').execute(context.store.db);
    const middle = withChanges(counts, (await map.changesSince(scope, {}, cellDegreesAt(5), counts.snapshot))!)!;
    assert.equal(middle.view.total, counts.view.total + 1, 'the committed write only');
    release();
    await first;
    const last = withChanges(middle, (await map.changesSince(scope, {}, cellDegreesAt(5), middle.snapshot))!)!;
    assert.equal(last.view.total, counts.view.total + 2, 'the late commit is taken, not lost');
    assertSameCounts(last, countsOf(await map.cells(scope, {}, cellDegreesAt(5)), 5, cellDegreesAt(5)), 'out of order');
  });
});
