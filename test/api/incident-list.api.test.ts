import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { VigieContext } from '../../src/context.ts';
import { SYSTEM_PRINCIPAL } from '../../src/core/shared/principal.ts';
import { importIncidents } from '../../src/core/incident/incident.service.ts';
import { REVISION_TTL_MS } from '../../src/core/incident/incident-read-cache.ts';
import { signedInClient } from '../support/api-client.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

describe(`incident list filters and pagination on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let api: Awaited<ReturnType<typeof signedInClient>>;
  const ids: Record<string, string> = {};

  before(async () => {
    context = await freshContext();
    api = await signedInClient(context);
    const rows = {
      toulon: incidentInput({
        facility: 'Toulon',
        occurred: { night_of: '2025-04-14' },
        event_types: ['gunfire'],
        signatures: [{ kind: 'tag', text: 'DDPF' }],
      }),
      villepinte: incidentInput({
        facility: 'Villepinte',
        occurred: { night_of: '2025-04-13' },
        event_types: ['vehicle_arson'],
        target_kinds: ['staff_vehicle'],
        signatures: [{ kind: 'tag', text: 'D.D.P.F.' }],
      }),
      nancy: incidentInput({
        facility: undefined,
        place: { lat: 48.69, lon: 6.18, precision: 'commune', commune: 'Nancy', department: '54' },
        occurred: { date: '2025-04-15' },
        event_types: ['threat'],
        target_kinds: ['staff_home'],
        signatures: [],
      }),
      old: incidentInput({
        facility: 'fr-villepinte-ma',
        occurred: { date: '2024-01-10' },
        event_types: ['drone_drop'],
        signatures: [],
        status: 'verified',
      }),
    };
    for (const [name, body] of Object.entries(rows)) {
      const created = await api.post('/api/incidents', body);
      assert.equal(created.status, 201, created.text);
      ids[name] = created.json.id;
    }
  });
  after(async () => {
    await context.close();
  });

  const listIds = async (query: string) => {
    const page = await api.get(`/api/incidents?${query}`);
    assert.equal(page.status, 200, page.text);
    assert.equal(page.json.total, page.json.items.length);
    return page.json.items.map((item: { id: string }) => item.id).sort();
  };
  const sorted = (...names: string[]) => names.map((name) => ids[name]).sort();

  test('a time range keeps the incidents whose interval overlaps it', async () => {
    assert.deepEqual(
      await listIds('from=2025-04-15&to=2025-04-15'),
      sorted('toulon', 'nancy'),
      'a bare to date includes its day',
    );
    assert.deepEqual(await listIds('from=2025-04-15T08:00:00Z&to=2025-04-15T20:00:00Z'), sorted('nancy'));
    assert.deepEqual(await listIds('from=2025-04-01'), sorted('toulon', 'villepinte', 'nancy'));
  });

  test('a signature matches whatever its punctuation', async () => {
    assert.deepEqual(await listIds('signature=d.d.p.f'), sorted('toulon', 'villepinte'));
  });

  test('filters by event type, target kind, status, facility, department and directorate', async () => {
    assert.deepEqual(await listIds('event_type=threat,gunfire'), sorted('toulon', 'nancy'));
    assert.deepEqual(await listIds('target_kind=staff_home'), sorted('nancy'));
    assert.deepEqual(await listIds('status=verified'), sorted('old'));
    assert.deepEqual(await listIds('facility=fr-villepinte-ma'), sorted('villepinte', 'old'));
    assert.deepEqual(await listIds('department=54'), sorted('nancy'));
    assert.deepEqual(await listIds('directorate=DISP-PARIS'), sorted('villepinte', 'old'));
  });

  test('a bounding box keeps the points inside it', async () => {
    assert.deepEqual(await listIds('bbox=5.5,42.9,6.5,43.5'), sorted('toulon'));
  });

  test('pages through every incident once, newest first, with the cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let previousStart = '9999';
    do {
      const page: {
        json: { items: Array<{ id: string; occurred: { start: string } }>; next_cursor: string | null; total: number };
      } = await api.get(`/api/incidents?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(page.json.total, 4);
      for (const item of page.json.items) {
        assert.ok(item.occurred.start <= previousStart, 'newest first');
        previousStart = item.occurred.start;
        seen.push(item.id);
      }
      cursor = page.json.next_cursor;
    } while (cursor);
    assert.deepEqual(seen.sort(), sorted('toulon', 'villepinte', 'nancy', 'old'));
  });

  test('refuses bad filters by name', async () => {
    const bad = await api.get('/api/incidents?bbox=1,2,3&to=2020-01-01&from=2021-01-01&cursor=zzz');
    assert.equal(bad.status, 400);
    const paths = bad.json.error.details.map((d: { path: string }) => d.path);
    assert.ok(paths.includes('bbox') && paths.includes('to'), paths.join());
    // each with a code the app words beside the field's name
    const codes = bad.json.error.details.map((d: { path: string; code?: string }) => `${d.path}:${d.code}`);
    assert.ok(codes.includes('bbox:invalid_format') && codes.includes('to:end_before_start'), codes.join());
    const status = (await api.get('/api/incidents?status=bogus')).json.error.details[0];
    assert.deepEqual([status.path, status.code, status.params], ['status', 'invalid_choice', { value: 'bogus' }]);
    assert.equal((await api.get('/api/incidents?cursor=zzz')).json.error.details[0].path, 'cursor');
    assert.equal((await api.get('/api/incidents?limit=100000')).status, 400);
  });

  test('the map layer has one point per incident in range, with the facility name', async () => {
    const map = await api.get('/api/incidents/geojson?from=2025-04-13&to=2025-04-17');
    assert.equal(map.json.type, 'FeatureCollection');
    assert.equal(map.json.features.length, 3);
    const toulon = map.json.features.find((f: { properties: { id: string } }) => f.properties.id === ids.toulon);
    assert.equal(toulon.properties.facility_name, 'Centre pénitentiaire de Toulon-La Farlède');
    assert.deepEqual(toulon.geometry.coordinates, [6.0432, 43.1687]);
    // A point carries what the map shows, not the description (a national month is thousands of points).
    assert.ok(!('description' in toulon.properties));
    assert.deepEqual(toulon.properties.signatures, ['ddpf']);
  });

  test('past 10,000 matches the total says so instead of counting them all', async () => {
    const quiet = { ...context.incidents, afterWrite: undefined };
    const rows = Array.from({ length: 10_001 }, (_, index) => ({
      row: index + 1,
      value: incidentInput({
        facility: 'fr-nanterre-cp',
        occurred: { date: '2023-03-02' },
        event_types: ['drone_drop'],
        signatures: [],
      }),
    }));
    assert.equal((await importIncidents(quiet, { principal: SYSTEM_PRINCIPAL }, rows)).inserted, 10_001);
    const all = await api.get('/api/incidents?limit=1');
    assert.deepEqual([all.json.total, all.json.total_capped], [10_000, true]);
    const few = await api.get('/api/incidents?limit=1&from=2025-04-13&to=2025-04-17');
    assert.deepEqual([few.json.total, few.json.total_capped], [3, false]);
    const map = await api.get('/api/incidents/geojson?from=2023-03-01&to=2023-03-05');
    assert.deepEqual([map.json.features.length, map.json.truncated], [10_000, true]);
  });

  test('searches facilities by alias without accents', async () => {
    const found = await api.get('/api/facilities?q=la farlede');
    assert.equal(found.json.items[0].id, 'fr-toulon-la-farlede-cp');
    const all = await api.get('/api/facilities');
    assert.equal(all.json.total, 202);
    assert.equal(
      (await api.get('/api/facilities?directorate=DSPOM')).json.items.every(
        (f: { timezone: string }) => f.timezone !== 'Europe/Paris',
      ),
      true,
    );
  });
});

describe(`incident list pages kept per reader scope on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let api: Awaited<ReturnType<typeof signedInClient>>;

  before(async () => {
    context = await freshContext();
    api = await signedInClient(context);
  });
  after(async () => {
    await context.close();
  });

  const page = async (query: string) => {
    const response = await api.get(`/api/incidents?${query}`);
    assert.equal(response.status, 200, response.text);
    return response.json as { items: Array<{ id: string; status: string }>; total: number };
  };

  test('a kept page follows a write through this instance at once, and one another instance made in the store within the revision interval', async () => {
    const created = await api.post(
      '/api/incidents',
      incidentInput({ facility: 'Toulon', occurred: { date: '2025-04-14' }, signatures: [] }),
    );
    assert.equal(created.status, 201, created.text);
    const first = await page('from=2025-04-01');
    assert.deepEqual([first.total, first.items[0].status], [1, 'reported']);
    // Written straight into the store, as another instance sharing it would: nothing in this process is
    // told, and it reads the incident revision again once its last read is REVISION_TTL_MS old.
    await context.store.db
      .updateTable('incidents')
      .set({ status: 'verified' })
      .where('id', '=', created.json.id)
      .execute();
    await sleep(REVISION_TTL_MS + 20);
    assert.equal((await page('from=2025-04-01')).items[0].status, 'verified');
    const second = await api.post(
      '/api/incidents',
      incidentInput({ facility: 'Toulon', occurred: { date: '2025-04-15' }, signatures: [] }),
    );
    assert.equal((await page('from=2025-04-01')).total, 2);
    await context.store.db.deleteFrom('incidents').where('id', '=', second.json.id).execute();
    await sleep(REVISION_TTL_MS + 20);
    assert.deepEqual(
      (await page('from=2025-04-01')).items.map((item) => item.id),
      [created.json.id],
    );
  });

  test("readers of different organisations are not served each other's pages", async () => {
    const partner = await signedInClient(context, { org: 'Partner service' });
    const amber = await partner.post(
      '/api/incidents',
      incidentInput({ facility: 'Toulon', occurred: { date: '2025-05-02' }, marking: 'AMBER', signatures: [] }),
    );
    assert.equal(amber.status, 201, amber.text);
    assert.equal((await partner.get('/api/incidents?from=2025-05-01')).json.total, 1);
    assert.equal((await page('from=2025-05-01')).total, 0, 'an AMBER record of another organisation stays unseen');
    assert.equal((await partner.get('/api/incidents?from=2025-05-01')).json.total, 1);
  });
});
