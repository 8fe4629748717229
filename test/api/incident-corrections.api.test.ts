import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { apiClient, signedInClient } from '../support/api-client.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

describe(`correcting incidents through the API on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let api: Awaited<ReturnType<typeof signedInClient>>;
  before(async () => {
    context = await freshContext();
  });
  after(async () => {
    await context.close();
  });

  test('the first visit: /api/auth/setup says a first account is needed, without signing in, and no longer once one exists', async () => {
    const anonymous = apiClient(context);
    const before = await anonymous.get('/api/auth/setup');
    assert.equal(before.status, 200);
    assert.deepEqual(before.json, { setup_needed: true });
    api = await signedInClient(context);
    assert.deepEqual((await anonymous.get('/api/auth/setup')).json, { setup_needed: false });
  });

  test('stores where on the site it happened, changes it and clears it; an unknown spot names the field', async () => {
    const created = await api.post('/api/incidents', incidentInput({ spot: 'staff_car_park' }));
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.spot, 'staff_car_park');
    const moved = await api.patch(`/api/incidents/${created.json.id}`, { version: 1, spot: 'gate' });
    assert.equal(moved.json.spot, 'gate');
    const cleared = await api.patch(`/api/incidents/${created.json.id}`, { version: 2, spot: null });
    assert.equal(cleared.status, 200, cleared.text);
    assert.equal(cleared.json.spot, null);
    const refused = await api.post('/api/incidents', incidentInput({ spot: 'roof' }));
    assert.equal(refused.status, 400);
    assert.equal(refused.json.error.details[0].path, 'spot');
  });

  test('imports and exports the spot column of a CSV', async () => {
    const csv =
      'external_id,occurred.night_of,facility,spot,event_types\nspot-csv-1,2025-04-14,fr-valence-cp,perimeter,gunfire\n';
    const imported = await api.upload('/api/incidents/import', csv, 'text/csv');
    assert.equal(imported.status, 200, imported.text);
    const exported = await api.get(`/api/incidents/export?format=csv&ids=${imported.json.ids[0]}`);
    const [header, row] = exported.text.trim().split('\n');
    assert.equal(row.split(',')[header.split(',').indexOf('spot')], 'perimeter');
  });

  test('keeps the history of changes: who, when, the fields before and after (facility by name), and why', async () => {
    const created = (await api.post('/api/incidents', incidentInput({ facility: 'fr-valence-cp' }))).json;
    const moved = await api.patch(`/api/incidents/${created.id}`, {
      version: 1,
      facility: 'fr-toulon-la-farlede-cp',
      spot: 'gate',
      reason: 'wrong site in the first report',
    });
    assert.equal(moved.status, 200, moved.text);
    const history = await api.get(`/api/incidents/${created.id}/history`);
    assert.equal(history.status, 200, history.text);
    assert.equal(history.json.items.length, 1);
    const [change] = history.json.items;
    assert.equal(change.version, 2);
    assert.equal(change.actor, api.user.username);
    assert.equal(change.reason, 'wrong site in the first report');
    assert.ok(Date.now() - Date.parse(change.changed_at) < 60_000);
    const facility = change.changes.find((c: { field: string }) => c.field === 'facility');
    assert.deepEqual(facility.before, { id: 'fr-valence-cp', name: 'Centre pénitentiaire de Valence' });
    assert.equal(facility.after.id, 'fr-toulon-la-farlede-cp');
    assert.deepEqual(
      change.changes.find((c: { field: string }) => c.field === 'spot'),
      { field: 'spot', before: null, after: 'gate' },
    );
    assert.ok(
      !change.changes.some((c: { field: string }) => c.field === 'event_types'),
      'unchanged fields are not listed',
    );
  });

  test('refuting or merging without a reason is refused, naming the reason field', async () => {
    const created = (await api.post('/api/incidents', incidentInput())).json;
    const refused = await api.patch(`/api/incidents/${created.id}`, { version: 1, status: 'refuted' });
    assert.equal(refused.status, 400);
    assert.equal(refused.json.error.details[0].path, 'reason');
    const refuted = await api.patch(`/api/incidents/${created.id}`, {
      version: 1,
      status: 'refuted',
      reason: 'hoax call',
    });
    assert.equal(refuted.status, 200, refuted.text);
    assert.equal((await api.get(`/api/incidents/${created.id}/history`)).json.items[0].reason, 'hoax call');
  });

  test('merges a duplicate into another incident, and refuses merging into itself or into a duplicate', async () => {
    const original = (await api.post('/api/incidents', incidentInput())).json;
    const copy = (await api.post('/api/incidents', incidentInput())).json;
    const self = await api.patch(`/api/incidents/${copy.id}`, { version: 1, duplicate_of: copy.id, reason: 'same' });
    assert.equal(self.status, 400);
    assert.equal(self.json.error.details[0].path, 'duplicate_of');
    const merged = await api.patch(`/api/incidents/${copy.id}`, {
      version: 1,
      duplicate_of: original.id,
      reason: 'same attack reported twice',
    });
    assert.equal(merged.status, 200, merged.text);
    assert.equal(merged.json.status, 'duplicate');
    assert.equal(merged.json.duplicate_of, original.id);
    const third = (await api.post('/api/incidents', incidentInput())).json;
    const chained = await api.patch(`/api/incidents/${third.id}`, {
      version: 1,
      duplicate_of: copy.id,
      reason: 'same',
    });
    assert.equal(chained.status, 400);
    const reopened = await api.patch(`/api/incidents/${copy.id}`, {
      version: 2,
      status: 'reported',
      reason: 'not the same after all',
    });
    assert.equal(reopened.json.duplicate_of, null, 'a duplicate set back to reported is no longer merged');
  });

  test('sets a status on a selection, each at its version, and says which ones were refused', async () => {
    const [a, b, c] = await Promise.all(
      [1, 2, 3].map(async () => (await api.post('/api/incidents', incidentInput())).json),
    );
    await api.patch(`/api/incidents/${c.id}`, { version: 1, damage: 'changed meanwhile' });
    const missingReason = await api.post('/api/incidents/bulk/status', {
      items: [{ id: a.id, version: 1 }],
      status: 'refuted',
    });
    assert.equal(missingReason.status, 400);
    assert.equal(missingReason.json.error.details[0].path, 'reason');
    const bulk = await api.post('/api/incidents/bulk/status', {
      items: [a, b, c].map(({ id }) => ({ id, version: 1 })),
      status: 'verified',
      reason: 'confirmed by the site',
    });
    assert.equal(bulk.status, 200, bulk.text);
    assert.deepEqual(
      bulk.json.results.map((r: { outcome: string }) => r.outcome),
      ['updated', 'updated', 'refused'],
    );
    assert.equal(bulk.json.results[2].code, 'version_conflict');
    assert.equal((await api.get(`/api/incidents/${a.id}`)).json.status, 'verified');
    assert.equal((await api.get(`/api/incidents/${c.id}`)).json.status, 'reported');
    assert.equal((await api.get(`/api/incidents/${b.id}/history`)).json.items[0].reason, 'confirmed by the site');
    const empty = await api.post('/api/incidents/bulk/status', { items: [], status: 'verified' });
    assert.equal(empty.status, 400);
  });

  test('sorts the list oldest first across pages, and exports only the selected incidents', async () => {
    const ids: string[] = [];
    for (const day of ['2023-01-03', '2023-01-01', '2023-01-02'])
      ids.push(
        (await api.post('/api/incidents', incidentInput({ occurred: { date: day }, facility: 'fr-nimes-ma' }))).json.id,
      );
    const first = await api.get('/api/incidents?facility=fr-nimes-ma&sort=occurred&limit=2');
    assert.equal(first.status, 200, first.text);
    const second = await api.get(
      `/api/incidents?facility=fr-nimes-ma&sort=occurred&limit=2&cursor=${first.json.next_cursor}`,
    );
    const days = [...first.json.items, ...second.json.items].map((item: { occurred: { start: string } }) =>
      item.occurred.start.slice(0, 10),
    );
    assert.deepEqual(days, ['2022-12-31', '2023-01-01', '2023-01-02']);
    const wrongSort = await api.get(
      `/api/incidents?facility=fr-nimes-ma&sort=-occurred&cursor=${first.json.next_cursor}`,
    );
    assert.equal(wrongSort.status, 400);
    assert.equal((await api.get('/api/incidents?sort=place')).status, 400);
    const selection = await api.get(`/api/incidents/export?format=json&ids=${ids[0]},${ids[2]}`);
    assert.equal(JSON.parse(selection.text).length, 2);
    const bad = await api.get('/api/incidents/export?format=json&ids=nope');
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.details[0].path, 'ids');
  });
});
