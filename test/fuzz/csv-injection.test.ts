import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import type { VigieContext } from '../../src/context.ts';
import { signedInClient } from '../support/api-client.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

// OWASP "CSV injection": a cell starting with = + - @ tab or CR is run by spreadsheets as a formula.
const PAYLOADS = [
  "=cmd|' /C calc'!A0",
  '+HYPERLINK("http://evil.example")',
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  "'=already quoted",
];
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function assertNoFormula(csv: string): void {
  const cells = (parse(csv, { relax_column_count: true }) as string[][]).flat();
  for (const cell of cells)
    assert.ok(!FORMULA.test(cell) || NUMBER.test(cell), `a cell would run as a formula: ${JSON.stringify(cell)}`);
}

describe(`CSV exports neutralise formulas on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let api: Awaited<ReturnType<typeof signedInClient>>;
  before(async () => {
    context = await freshContext();
    api = await signedInClient(context);
  });
  after(async () => {
    await context.close();
  });

  test('the incident CSV export quotes every formula cell and imports back to the exact text', async () => {
    for (const [index, payload] of PAYLOADS.entries()) {
      const created = await api.post(
        '/api/incidents',
        incidentInput({
          external_id: `csv-${index}`,
          description: payload,
          damage: payload,
          weapons: [payload.trim() || 'x'],
          place: { lat: -4.5, lon: 2.5, precision: 'commune', commune: payload.trim() },
          facility: undefined,
          signatures: [{ kind: 'tag', text: payload.trim() }],
          sources: [{ kind: 'press', title: payload.trim() }],
        }),
      );
      assert.equal(created.status, 201, created.text);
    }
    const exported = await api.get('/api/incidents/export?format=csv');
    assert.equal(exported.status, 200);
    assertNoFormula(exported.text);
    assert.ok(exported.text.includes("'=cmd|"), 'the payload is there, quoted');
    // Importing the export elsewhere gives back the same descriptions, apostrophes included.
    const other = await freshContext();
    try {
      const importer = await signedInClient(other);
      const imported = await importer.upload('/api/incidents/import', exported.text, 'text/csv');
      assert.equal(imported.status, 200, imported.text);
      const rows = await other.store.db.selectFrom('incidents').select(['external_id', 'description']).execute();
      const byId = new Map(rows.map((row) => [row.external_id, row.description]));
      PAYLOADS.forEach((payload, index) => assert.equal(byId.get(`csv-${index}`), payload.trim()));
    } finally {
      await other.close();
    }
  });

  test('the seizure trends CSV quotes every formula cell too', async () => {
    const created = await api.post('/api/seizures', {
      external_id: 'csv-seizure',
      occurred: { date: '2025-04-08' },
      drug: 'cocaine',
      quantity: { value: 2, unit: 't' },
      organisation: { name: PAYLOADS[0], kind: 'cartel' },
      agency: PAYLOADS[1],
      vessel: PAYLOADS[3],
      route: PAYLOADS[2],
    });
    assert.equal(created.status, 201, created.text);
    for (const path of [
      '/api/seizures/facts?format=csv&from=2025-01-01&to=2025-12-31',
      '/api/seizures/stats?format=csv&group_by=route&from=2025-01-01&to=2025-12-31',
    ]) {
      const csv = await api.get(path);
      assert.equal(csv.status, 200, csv.text);
      assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
      assertNoFormula(csv.text);
    }
    assert.ok((await api.get('/api/seizures/facts?format=csv&from=2025-01-01&to=2025-12-31')).text.includes("'=cmd|"));
  });
});
