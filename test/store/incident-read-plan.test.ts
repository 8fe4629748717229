import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CompiledQuery, sql } from 'kysely';
import type { VigieContext } from '../../src/context.ts';
import { readScope } from '../../src/core/access/access.ts';
import { applyFilter, type IncidentFilter } from '../../src/store/incident.repository.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

/**
 * Migration 0029: incidents are read without parallel workers. At a million incidents the analyst's
 * count of a 30-day bbox was planned in parallel (the read scope made the serial plan look dearer)
 * and took 9x the same count without scope on a busy machine; serial it is 1.3x (docs/benchmarks.md).
 */
describe(`incident reads without parallel workers on ${TEST_STORE}`, () => {
  let context: VigieContext;
  before(async () => {
    context = await freshContext();
  });
  after(async () => {
    await context.close();
  });

  test('the incidents table asks for no parallel worker', async () => {
    const { rows } = await sql<{
      options: string[] | null;
    }>`SELECT reloptions AS options FROM pg_class WHERE oid = 'incidents'::regclass`.execute(context.store.db);
    assert.deepEqual(rows[0].options, ['parallel_workers=0']);
  });

  test("an analyst's capped bbox count is planned without parallel workers even where they cost nothing", async () => {
    const scope = readScope({
      system: false,
      userId: '00000000-0000-4000-8000-000000000001',
      username: 'plan-reader',
      role: 'analyst',
      organisationId: '00000000-0000-4000-8000-000000000002',
      compartments: [],
      sharedFrom: [],
    });
    const filter: IncidentFilter = { from: new Date('2026-11-01T00:00:00Z'), bbox: [1.4, 48.1, 3.6, 49.3] };
    const db = context.store.db;
    const count = db
      .selectFrom(
        applyFilter(db.selectFrom('incidents').select(sql<number>`1`.as('one')), scope, filter)
          .limit(10_001)
          .as('m'),
      )
      .select((eb) => eb.fn.countAll().as('n'))
      .compile();
    const plan = await db.connection().execute(async (connection) => {
      // Costs that make a parallel scan the cheapest plan, whatever the size of the test's table: only
      // the table's own setting can refuse it (an empty table is otherwise read through an index).
      for (const setting of [
        'enable_indexscan = off',
        'enable_indexonlyscan = off',
        'enable_bitmapscan = off',
        'parallel_setup_cost = 0',
        'parallel_tuple_cost = 0',
        'min_parallel_table_scan_size = 0',
        'min_parallel_index_scan_size = 0',
        'max_parallel_workers_per_gather = 2',
      ]) {
        await sql.raw(`SET ${setting}`).execute(connection);
      }
      try {
        const explained = await connection.executeQuery<{ 'QUERY PLAN': string }>(
          CompiledQuery.raw(`EXPLAIN ${count.sql}`, [...count.parameters]),
        );
        return explained.rows.map((row) => row['QUERY PLAN']).join('\n');
      } finally {
        await sql`RESET ALL`.execute(connection);
      }
    });
    assert.doesNotMatch(plan, /Gather|Parallel/, plan);
  });
});
