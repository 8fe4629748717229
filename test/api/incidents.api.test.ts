import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { signedInClient } from '../support/api-client.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

describe(`incidents API on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let api: Awaited<ReturnType<typeof signedInClient>>;
  before(async () => {
    context = await freshContext();
    api = await signedInClient(context);
  });
  after(async () => {
    await context.close();
  });

  test('records an incident on the night of 14 to 15 April, resolving the facility by alias', async () => {
    const created = await api.post(
      '/api/incidents',
      incidentInput({ facility: 'Toulon-La Farlède', event_types: ['gunfire', 'graffiti'] }),
    );
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.facility.id, 'fr-toulon-la-farlede-cp');
    assert.deepEqual(created.json.occurred, {
      start: '2025-04-14T16:00:00.000Z',
      end: '2025-04-15T06:00:00.000Z',
      precision: 'night',
      timezone: 'Europe/Paris',
    });
    assert.equal(created.json.place.department.code, '83');
    assert.equal(created.json.place.directorate.code, 'DISP-MARSEILLE');
    assert.deepEqual(created.json.signatures, [{ kind: 'tag', text: 'D.D.P.F', normalized: 'ddpf' }]);
    const read = await api.get(`/api/incidents/${created.json.id}`);
    assert.equal(read.status, 200);
    assert.deepEqual(read.json, created.json);
  });

  test('refuses an unknown facility with a 400 that names the field', async () => {
    const refused = await api.post('/api/incidents', incidentInput({ facility: 'Prison de Nulle-Part' }));
    assert.equal(refused.status, 400);
    assert.equal(refused.json.error.code, 'invalid_input');
    assert.equal(refused.json.error.details[0].path, 'facility');
    assert.match(refused.json.error.message, /Nulle-Part/);
  });

  test('refuses bad fields one by one: event type, reliability, occurred form', async () => {
    const refused = await api.post(
      '/api/incidents',
      incidentInput({
        event_types: ['boom'],
        occurred: { night: '2025-04-14' },
        sources: [{ kind: 'press', reliability: 'G', credibility: 9 }],
      }),
    );
    assert.equal(refused.status, 400);
    const paths = refused.json.error.details.map((d: { path: string }) => d.path);
    for (const path of ['event_types.0', 'occurred', 'sources.0.reliability', 'sources.0.credibility'])
      assert.ok(paths.includes(path), `${path} in ${paths}`);
  });

  test('refuses malformed JSON and a body over 1 MB with 4xx, never 500', async () => {
    const malformed = await api.post('/api/incidents', '{"occurred":', { 'content-type': 'application/json' });
    assert.equal(malformed.status, 400);
    const huge = await api.post(
      '/api/incidents',
      JSON.stringify(incidentInput({ description: 'x'.repeat(1_100_000) })),
      { 'content-type': 'application/json' },
    );
    assert.equal(huge.status, 413);
  });

  test('a second POST of the same external_id is a 409 conflict', async () => {
    const body = incidentInput();
    assert.equal((await api.post('/api/incidents', body)).status, 201);
    const again = await api.post('/api/incidents', body);
    assert.equal(again.status, 409);
    assert.equal(again.json.error.code, 'duplicate_external_id');
  });

  test('updates with the version read, and refuses a stale version with 409', async () => {
    const created = (await api.post('/api/incidents', incidentInput())).json;
    const updated = await api.patch(`/api/incidents/${created.id}`, {
      version: 1,
      status: 'verified',
      casualties: { killed: 0, injured: 2 },
    });
    assert.equal(updated.status, 200, updated.text);
    assert.equal(updated.json.version, 2);
    assert.equal(updated.json.status, 'verified');
    assert.equal(updated.json.casualties.injured, 2);
    assert.equal(updated.json.facility.id, created.facility.id, 'fields not in the patch are kept');
    const stale = await api.patch(`/api/incidents/${created.id}`, { version: 1, status: 'refuted' });
    assert.equal(stale.status, 409);
    assert.equal((await api.get(`/api/incidents/${created.id}`)).json.status, 'verified');
  });

  test('a patch that breaks the incident is refused and changes nothing', async () => {
    const created = (await api.post('/api/incidents', incidentInput())).json;
    const refused = await api.patch(`/api/incidents/${created.id}`, { version: 1, event_types: [] });
    assert.equal(refused.status, 400);
    assert.equal((await api.get(`/api/incidents/${created.id}`)).json.version, 1);
  });

  test('answers 404 for an unknown incident and 400 for an id that is not a uuid', async () => {
    assert.equal((await api.get('/api/incidents/6f0c1d1e-0000-4000-8000-000000000000')).status, 404);
    const bad = await api.get('/api/incidents/not-an-id');
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.details[0].path, 'id');
  });

  test('describes every route in an OpenAPI 3.1 document', async () => {
    const doc = await api.get('/api/openapi.json');
    assert.equal(doc.status, 200);
    assert.equal(doc.json.openapi, '3.1.0');
    for (const path of [
      '/api/incidents',
      '/api/incidents/{id}',
      '/api/incidents/import',
      '/api/seizures',
      '/api/facilities',
    ])
      assert.ok(doc.json.paths[path], path);
    assert.ok(doc.json.components.schemas.IncidentInput);
  });
});
