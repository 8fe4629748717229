import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { openVigie, type VigieContext } from '../../src/context.ts';
import { authenticateToken } from '../../src/core/identity/auth.service.ts';
import { mapView } from '../../src/core/incident/incident-map.service.ts';
import { createIncident, listIncidents, updateIncident } from '../../src/core/incident/incident.service.ts';
import type { Caller } from '../../src/core/shared/caller.ts';
import { AlertRepository } from '../../src/store/alert.repository.ts';
import { AnalysisRepository } from '../../src/store/analysis.repository.ts';
import { account } from '../support/accounts.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

/** Columns the detection and the alert rules write to record what they processed: no reader sees them. */
const BOOKKEEPING = ['analysed_version', 'alerted_version'];

/**
 * Migration 0030: the incident revision, under which answers computed from incidents are kept, moves
 * with what readers see, not with the detection's and alert rules' bookkeeping (issue 19).
 */
describe(`the incident revision on ${TEST_STORE}`, () => {
  let context: VigieContext & { storeConfig: { databaseUrl?: string; dataDir: string } };
  let writer: Caller;
  let id: string;
  before(async () => {
    context = await freshContext();
    const { token } = await account(context, { role: 'supervisor', org: 'Revision test' });
    writer = { principal: (await authenticateToken(context.auth, token)).principal, address: 'test' };
    id = (await createIncident(context.incidents, writer, incidentInput({ occurred: { date: '2025-04-14' } }))).row.id;
  });
  after(async () => {
    await context.close();
  });

  test('the detection and the alert rules recording what they processed leave it where it is', async () => {
    const revision = () => context.incidents.incidents.revision();
    const before = await revision();
    const { version } = (await context.incidents.incidents.findById(id))!;
    await new AnalysisRepository(context.store.db, context.gazetteer).markAnalysed([id]);
    await new AlertRepository(context.store.db).markAlerted([{ id, version }]);
    await new AnalysisRepository(context.store.db, context.gazetteer).markAnalysed([]);
    assert.equal(await revision(), before);
    await context.store.db.updateTable('incidents').set({ status: 'verified' }).where('id', '=', id).execute();
    assert.notEqual(await revision(), before, 'a change a reader sees moves it');
  });

  test('every column but the bookkeeping moves it (a column added to incidents must be added to the trigger)', async () => {
    const { rows } = await sql<{ column: string; watched: boolean }>`
      SELECT a.attname AS column, a.attnum = ANY(t.tgattr::int2[]) AS watched
      FROM pg_attribute a, pg_trigger t
      WHERE a.attrelid = 'incidents'::regclass AND a.attnum > 0 AND NOT a.attisdropped
        AND t.tgrelid = 'incidents'::regclass AND t.tgname = 'incidents_revision'`.execute(context.store.db);
    assert.ok(rows.length > 30);
    const unwatched = rows.filter((row) => !row.watched).map((row) => row.column);
    assert.deepEqual(unwatched.sort(), [...BOOKKEEPING].sort());
  });
});

/**
 * Two instances on one PostgreSQL (the shape of a deployment with several API processes): each keeps
 * answers and reads the revision at most every 100 ms; neither serves an answer it knows is stale.
 */
describe('answers kept by two instances of one PostgreSQL store', { skip: TEST_STORE !== 'postgres' }, () => {
  let first: VigieContext & { storeConfig: { databaseUrl?: string; dataDir: string } };
  let second: VigieContext;
  let reader: Caller;
  let id: string;
  const period = { from: new Date('2025-04-01T00:00:00Z') };
  const statuses = async (context: VigieContext) =>
    (await listIncidents(context.incidents, reader, period, 50)).items.map(({ row }) => row.status);
  const total = async (context: VigieContext) => {
    const view = await mapView({ ...context.incidents, map: context.incidentMap }, reader, period, 5);
    return view.kind === 'clusters' ? view.total : -1;
  };
  before(async () => {
    first = await freshContext();
    second = await openVigie({ dataDir: first.storeConfig.dataDir, databaseUrl: first.storeConfig.databaseUrl });
    const { token } = await account(first, { role: 'supervisor', org: 'Two instances' });
    reader = { principal: (await authenticateToken(first.auth, token)).principal, address: 'test' };
    id = (await createIncident(first.incidents, reader, incidentInput({ occurred: { date: '2025-04-14' } }))).row.id;
  });
  after(async () => {
    await second.close();
    await first.close();
  });

  test('a write shows at once on the instance that made it, and on the other once its revision read is over', async () => {
    assert.deepEqual([await statuses(first), await statuses(second)], [['reported'], ['reported']]);
    assert.deepEqual([await total(first), await total(second)], [1, 1]);
    const { version } = (await first.incidents.incidents.findById(id))!;
    await updateIncident(second.incidents, reader, id, { version, status: 'verified' });
    assert.deepEqual(await statuses(second), ['verified'], 'the writing instance reads again at once');
    await createIncident(second.incidents, reader, incidentInput({ occurred: { date: '2025-04-15' } }));
    assert.equal(await total(second), 2, 'the writer waits for the map with their change');
    await sleep(150); // past the other instance's revision read (100 ms)
    assert.deepEqual(
      await statuses(first),
      ['reported', 'verified'],
      'newest first: the new one, then the changed one',
    );
    assert.equal(await total(first), 2, 'the request that finds the change waits for the map');
  });
});
