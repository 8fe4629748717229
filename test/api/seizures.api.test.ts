import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { signedInClient } from '../support/api-client.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

describe(`seizures API on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let api: Awaited<ReturnType<typeof signedInClient>>;
  before(async () => {
    context = await freshContext();
    api = await signedInClient(context);
  });
  after(async () => {
    await context.close();
  });

  test('records a seizure in tonnes, stored in kilograms, with its cartel', async () => {
    const created = await api.post('/api/seizures', {
      external_id: 'test-seizure-1',
      occurred: { date: '2025-04-08' },
      drug: 'cocaine',
      quantity: { value: 1.5, unit: 't' },
      value: { amount: 255_000_000, currency: 'USD' },
      place: { lat: -4.5, lon: -82, precision: 'country', country: 'EC' },
      vessel: 'semi-submersible',
      organisation: { name: 'Sinaloa', kind: 'cartel' },
      agency: 'US DOJ',
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.quantity.kg, 1500);
    assert.equal(created.json.organisation.name, 'Sinaloa');
    assert.equal(created.json.country, 'EC');
    const again = await api.post('/api/seizures', {
      external_id: 'test-seizure-2',
      occurred: { date: '2025-04-09' },
      drug: 'cocaine',
      quantity: { value: 2, unit: 't' },
      organisation: 'sinaloa',
    });
    assert.equal(
      again.json.organisation.id,
      created.json.organisation.id,
      'an organisation named again is the same actor',
    );
  });

  test('refuses an unknown unit and a negative quantity by field', async () => {
    const refused = await api.post('/api/seizures', {
      occurred: { date: '2025-04-08' },
      drug: 'cocaine',
      quantity: { value: -1, unit: 'bags' },
    });
    assert.equal(refused.status, 400);
    const paths = refused.json.error.details.map((d: { path: string }) => d.path).sort();
    assert.deepEqual(paths, ['quantity.unit', 'quantity.value']);
  });

  test('imports seizures atomically and lists them with a total', async () => {
    const rows = [
      { external_id: 's-a', occurred: { month: '2024-03' }, drug: 'cocaine', quantity: { value: 2000, unit: 'kg' } },
      { external_id: 's-b', occurred: { month: '2024-04' }, drug: 'cannabis', quantity: { value: 500, unit: 'kg' } },
    ];
    const bad = await api.upload(
      '/api/seizures/import',
      JSON.stringify([...rows, { occurred: { month: '2024-05' }, drug: 'tea', quantity: { value: 1 } }]),
      'application/json',
    );
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.details[0].row, 3);
    assert.equal((await api.get('/api/seizures?drug=cannabis')).json.total, 0);
    const ok = await api.upload('/api/seizures/import', JSON.stringify(rows), 'application/json');
    assert.equal(ok.json.inserted, 2);
    const cocaine = await api.get('/api/seizures?drug=cocaine&from=2024-01-01&to=2025-01-01');
    assert.equal(cocaine.json.total, 1);
    assert.equal((await api.get('/api/seizures?drug=tea')).status, 400);
  });
});
