import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { signedInClient } from '../support/api-client.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

describe(`imports on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let api: Awaited<ReturnType<typeof signedInClient>>;
  before(async () => {
    context = await freshContext();
    api = await signedInClient(context);
  });
  after(async () => {
    await context.close();
  });

  const total = async () => (await api.get('/api/incidents?limit=1')).json.total as number;

  test('refuses a file whose third row names an unknown facility, and writes none of it', async () => {
    const before = await total();
    const rows = [
      incidentInput(),
      incidentInput(),
      incidentInput({ facility: 'Prison imaginaire' }),
      incidentInput({ event_types: [] }),
    ];
    const refused = await api.upload('/api/incidents/import', JSON.stringify(rows), 'application/json');
    assert.equal(refused.status, 400, refused.text);
    assert.equal(refused.json.error.code, 'import_refused');
    assert.deepEqual(
      refused.json.error.details.map((d: { row: number; path: string }) => [d.row, d.path]),
      [
        [3, 'facility'],
        [4, 'event_types'],
      ],
    );
    assert.equal(await total(), before, 'nothing was written');
  });

  test('imports a JSON file, and importing it again adds nothing', async () => {
    const rows = [incidentInput(), incidentInput(), incidentInput()];
    const first = await api.upload('/api/incidents/import', JSON.stringify(rows), 'application/json');
    assert.equal(first.status, 200, first.text);
    assert.deepEqual([first.json.total, first.json.inserted, first.json.skipped], [3, 3, 0]);
    const again = await api.upload('/api/incidents/import', JSON.stringify(rows), 'application/json');
    assert.deepEqual([again.json.total, again.json.inserted, again.json.skipped], [3, 0, 3]);
  });

  test('refuses a file that repeats an external_id, naming both rows', async () => {
    const row = incidentInput();
    const refused = await api.upload(
      '/api/incidents/import',
      [row, row].map((r) => JSON.stringify(r)).join('\n'),
      'application/x-ndjson',
    );
    assert.equal(refused.status, 400);
    assert.equal(refused.json.error.details[0].row, 2);
    assert.match(refused.json.error.details[0].message, /row 1/);
  });

  test('imports NDJSON and names a malformed line', async () => {
    const good = JSON.stringify(incidentInput());
    const refused = await api.upload('/api/incidents/import', `${good}\n{"occurred":\n`, 'application/x-ndjson');
    assert.equal(refused.status, 400);
    assert.equal(refused.json.error.details[0].row, 2);
    const accepted = await api.upload(
      '/api/incidents/import',
      `${good}\n\n${JSON.stringify(incidentInput())}\n`,
      'application/x-ndjson',
    );
    assert.equal(accepted.json.inserted, 2, accepted.text);
  });

  test('imports CSV with dotted columns and ;-separated lists', async () => {
    const csv = [
      'external_id,occurred.night_of,facility,event_types,target_kinds,signatures,casualties.injured,source.kind,source.reliability,source.credibility',
      'csv-1,2025-04-14,Villepinte,vehicle_arson;graffiti,staff_vehicle,tag:D.D.P.F;slogan:Liberté,1,press,B,2',
      'csv-2,2025-04-15,Nanterre,vehicle_arson,staff_vehicle,,0,press,C,3',
    ].join('\n');
    const accepted = await api.upload('/api/incidents/import', csv, 'text/csv');
    assert.equal(accepted.status, 200, accepted.text);
    assert.equal(accepted.json.inserted, 2);
    const stored = (await api.get('/api/incidents?signature=liberte')).json.items[0];
    assert.deepEqual(stored.event_types, ['vehicle_arson', 'graffiti']);
    assert.deepEqual(
      stored.signatures.map((s: { kind: string }) => s.kind),
      ['tag', 'slogan'],
    );
    assert.equal(stored.casualties.injured, 1);
    assert.deepEqual(stored.sources[0], { kind: 'press', reliability: 'B', credibility: 2 });
  });

  test('names the CSV row and column of a bad cell', async () => {
    const csv = 'external_id,occurred.date,facility,event_types\ncsv-x,2025-13-45,Toulon,gunfire\n';
    const refused = await api.upload('/api/incidents/import', csv, 'text/csv');
    assert.equal(refused.status, 400);
    assert.equal(refused.json.error.details[0].row, 1);
    assert.match(refused.json.error.details[0].path, /^occurred/);
  });

  test('an export in CSV, JSON or NDJSON imports into an empty store as the same incidents', async () => {
    for (const format of ['csv', 'json', 'ndjson'] as const) {
      const exported = await api.get(`/api/incidents/export?format=${format}`);
      assert.equal(exported.status, 200);
      const target = await freshContext();
      try {
        const other = await signedInClient(target);
        const contentType = { csv: 'text/csv', json: 'application/json', ndjson: 'application/x-ndjson' }[format];
        const imported = await other.upload('/api/incidents/import', exported.text, contentType);
        assert.equal(imported.status, 200, `${format}: ${imported.text.slice(0, 300)}`);
        const strip = (items: Array<Record<string, unknown>>) =>
          items
            .map(({ id: _id, created_at: _c, updated_at: _u, external_id: _e, ...rest }) => rest)
            .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
        const source = (await api.get('/api/incidents?limit=500')).json.items;
        const copy = (await other.get('/api/incidents?limit=500')).json.items;
        assert.deepEqual(strip(copy), strip(source), format);
      } finally {
        await target.close();
      }
    }
  });

  test('exports GeoJSON points for GIS tools', async () => {
    const exported = await api.get('/api/incidents/export?format=geojson');
    const collection = JSON.parse(exported.text);
    assert.equal(collection.type, 'FeatureCollection');
    assert.equal(collection.features.length, await total());
    assert.equal(collection.features[0].geometry.type, 'Point');
  });

  test('refuses a body it cannot read as a format', async () => {
    const refused = await api.upload('/api/incidents/import?format=xml', '<x/>', 'application/xml');
    assert.equal(refused.status, 400);
    assert.equal(refused.json.error.details[0].path, 'format');
  });
});
