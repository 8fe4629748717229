import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { SYSTEM_PRINCIPAL } from '../../src/core/shared/principal.ts';
import { importIncidents } from '../../src/core/incident/incident.service.ts';
import { POINT_LIMIT } from '../../src/core/incident/incident-map.service.ts';
import { loadReferenceData } from '../../src/store/reference-data.ts';
import { account } from '../support/accounts.ts';
import { signedInClient } from '../support/api-client.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

const system = { principal: SYSTEM_PRINCIPAL, address: 'test' };
const CLASSES = ['gunfire', 'vehicle_arson', 'threat', 'drone_drop'];

describe(`the incident map by zoom on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let api: Awaited<ReturnType<typeof signedInClient>>;
  const total = 12_000;

  before(async () => {
    context = await freshContext();
    api = await signedInClient(context);
    // A year at every facility: 12,000 incidents, 500 of them AMBER of another organisation.
    const facilities = loadReferenceData().facilities.map((facility) => facility.id);
    const other = (await account(context, { role: 'analyst', org: 'Another service' })).organisationId;
    const rows = Array.from({ length: total }, (_, i) =>
      incidentInput({
        facility: facilities[i % facilities.length],
        occurred: { date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` },
        event_types: [CLASSES[i % CLASSES.length]],
        signatures: [],
        marking: i < 500 ? 'AMBER' : 'GREEN',
      }),
    );
    await importIncidents(
      context.incidents,
      system,
      rows.slice(500).map((value, row) => ({ row, value })),
    );
    await importIncidents(
      context.incidents,
      { principal: { ...SYSTEM_PRINCIPAL, organisationId: other }, address: 'test' },
      rows.slice(0, 500).map((value, row) => ({ row, value })),
    );
  });
  after(async () => {
    await context.close();
  });

  test('a national year is clusters with counts by class, small whatever the number of incidents, counting only what the reader may read', async () => {
    const response = await api.get('/api/incidents/map?zoom=5&from=2025-01-01&to=2025-12-31');
    assert.equal(response.status, 200, response.text);
    assert.equal(response.json.kind, 'clusters');
    assert.equal(response.json.total, total - 500, 'AMBER records of another organisation are not counted');
    const sum = response.json.clusters.reduce((n: number, cluster: { count: number }) => n + cluster.count, 0);
    assert.equal(sum, total - 500);
    const byClass = response.json.clusters.reduce(
      (n: number, cluster: { by_class: Record<string, number> }) =>
        n + Object.values(cluster.by_class).reduce((a, b) => a + b, 0),
      0,
    );
    assert.equal(byClass, sum);
    assert.ok(response.text.length <= 50 * 1024, `national map is ${response.text.length} bytes`);
    const geojson = await api.get('/api/incidents/geojson?from=2025-01-01&to=2025-12-31');
    assert.ok(geojson.text.length > 20 * response.text.length, 'the points of the same year weigh far more');
  });

  test("zoomed in, the viewport's points, and the client is told when it sees a sample", async () => {
    const toulon = await api.get('/api/incidents/map?zoom=11&bbox=5.9,43.1,6.2,43.3&from=2025-01-01&to=2025-12-31');
    assert.equal(toulon.status, 200, toulon.text);
    assert.equal(toulon.json.kind, 'points');
    assert.equal(toulon.json.sampled, false);
    assert.ok(toulon.json.features.length > 0);
    for (const feature of toulon.json.features) {
      const [lon, lat] = feature.geometry.coordinates;
      assert.ok(lon >= 5.9 && lon <= 6.2 && lat >= 43.1 && lat <= 43.3);
    }
    const everywhere = await api.get('/api/incidents/map?zoom=12&from=2025-01-01&to=2025-12-31');
    assert.deepEqual([everywhere.json.features.length, everywhere.json.sampled], [POINT_LIMIT, true]);
  });

  test('clusters are kept per reader scope: each organisation gets its own counts, and a new incident counts at once', async () => {
    const path = '/api/incidents/map?zoom=5&from=2025-01-01&to=2025-12-31';
    const partner = await signedInClient(context, { org: 'Another service' });
    assert.equal((await api.get(path)).json.total, total - 500);
    assert.equal(
      (await partner.get(path)).json.total,
      total,
      'the organisation that owns the AMBER records counts them',
    );
    assert.equal((await api.get(path)).json.total, total - 500);
    const created = await api.post(
      '/api/incidents',
      incidentInput({ facility: 'Toulon', occurred: { date: '2025-06-01' }, marking: 'GREEN', signatures: [] }),
    );
    assert.equal(created.status, 201, created.text);
    assert.equal((await api.get(path)).json.total, total - 500 + 1);
    assert.equal((await partner.get(path)).json.total, total + 1);
  });

  test('a bad zoom is refused naming the field', async () => {
    const response = await api.get('/api/incidents/map?zoom=forty');
    assert.equal(response.status, 400);
    assert.match(response.text, /zoom/);
  });
});
