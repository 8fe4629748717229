import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { apiClient } from '../support/api-client.ts';
import { account } from '../support/accounts.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';
import { detaineeWithOrganisation } from '../support/detainee-factory.ts';

describe(`the wanted list on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let analyst: ReturnType<typeof apiClient>;
  let person: string;
  let organisation: string;

  before(async () => {
    context = await freshContext();
    analyst = apiClient(context, { token: (await account(context, { role: 'analyst' })).token });
    ({ person, organisation } = await detaineeWithOrganisation(context, { escape_history: 3 }));
  });
  after(async () => {
    await context.close();
  });

  test('an escaped detainee is listed with his links, graded sightings with fuzzy time and place, and a recapture that closes the record with its history kept', async () => {
    const ambush = await analyst.post(
      '/api/incidents',
      incidentInput({
        external_id: 'ambush-incarville',
        occurred: { at: '2024-05-14T11:00:00+02:00' },
        facility: undefined,
        place: { lat: 49.2339, lon: 1.1728, precision: 'commune', commune: 'Incarville', department: '27' },
        event_types: ['transport_ambush', 'gunfire', 'escape'],
        target_kinds: ['transport'],
        signatures: [],
        casualties: { killed: 2, injured: 3 },
      }),
    );
    assert.equal(ambush.status, 201, ambush.text);
    const listed = await analyst.post('/api/fugitives', {
      person_id: person,
      escaped: { at: '2024-05-14T11:00:00+02:00' },
      escape_facility: 'fr-evreux-ma',
      escape_incident_id: ambush.json.id,
      circumstances: 'Prison van rammed at the Incarville toll; two officers killed.',
    });
    assert.equal(listed.status, 201, listed.text);
    assert.equal(listed.json.state, 'wanted');
    assert.equal(
      (await analyst.post('/api/fugitives', { person_id: person, escaped: { date: '2024-05-14' } })).status,
      409,
      'one open record per person',
    );

    const sighting = await analyst.post(`/api/fugitives/${listed.json.id}/sightings`, {
      seen: { week_of: '2024-06-10' },
      place: { name: 'Marseille, quartiers nord', lat: 43.34, lon: 5.38, radius_km: 5 },
      source: { kind: 'field_report', reliability: 'C', credibility: 3 },
    });
    assert.equal(sighting.status, 201, sighting.text);
    assert.equal(sighting.json.grade, 'C3');
    assert.equal(sighting.json.seen.precision, 'week');

    const detail = (await analyst.get(`/api/fugitives/${listed.json.id}`)).json;
    assert.deepEqual(
      detail.links.map((l: { kind: string; actor: { id: string } }) => [l.kind, l.actor.id]),
      [['member_of', organisation]],
    );
    assert.equal(detail.escape_incident.id, ambush.json.id);
    assert.match(detail.escape_incident.label, /transport_ambush.*2 killed/);
    // the facts beside the English line, for the web to word in the reader's language
    assert.deepEqual(
      { ...detail.escape_incident, id: undefined, label: undefined },
      {
        id: undefined,
        label: undefined,
        occurred_start: '2024-05-14T09:00:00.000Z',
        event_types: ['transport_ambush', 'gunfire', 'escape'],
        place: 'Incarville',
        killed: 2,
      },
    );

    const recaptured = await analyst.post(`/api/fugitives/${listed.json.id}/recapture`, {
      at: '2025-02-22T09:00:00+01:00',
      place: { name: 'Budapest' },
      source: { kind: 'official', reliability: 'A', credibility: 1 },
    });
    assert.equal(recaptured.status, 200, recaptured.text);
    assert.equal(recaptured.json.state, 'recaptured');
    assert.equal(recaptured.json.recapture.place, 'Budapest');
    assert.equal(
      (
        await analyst.post(`/api/fugitives/${listed.json.id}/recapture`, {
          at: '2025-02-23',
          place: { name: 'Paris' },
          source: { kind: 'press' },
        })
      ).status,
      409,
    );
    assert.equal(
      (
        await analyst.post(`/api/fugitives/${listed.json.id}/sightings`, {
          seen: { date: '2025-03-01' },
          place: { name: 'Lyon' },
          source: { kind: 'press' },
        })
      ).status,
      409,
      'a closed record takes no sightings',
    );

    const closed = (await analyst.get(`/api/fugitives/${listed.json.id}`)).json;
    assert.deepEqual(
      closed.history.map((h: { action: string }) => h.action),
      ['listed', 'sighting', 'recaptured'],
    );
    assert.equal(closed.sightings.length, 1, 'sightings are kept after the recapture');
    const trail = await context.audit.recent(20, undefined, { object_id: listed.json.id });
    assert.deepEqual(trail.map((e: { action: string }) => e.action).sort(), [
      'fugitive.create',
      'fugitive.recapture',
      'fugitive.sighting',
    ]);
    const list = (await analyst.get('/api/fugitives?state=recaptured')).json;
    assert.equal(list.total, 1);
    assert.equal((await analyst.get('/api/fugitives?state=wanted')).json.total, 0);
  });

  test('bad input names the field; a reporter may not write; another organisation does not see an AMBER record', async () => {
    const missing = await analyst.post('/api/fugitives', { escaped: { date: '2025-01-01' } });
    assert.equal(missing.status, 400);
    assert.equal(missing.json.error.details[0].path, 'person_id');
    const other = await detaineeWithOrganisation(context);
    const listed = await analyst.post('/api/fugitives', {
      person_id: other.person,
      escaped: { night_of: '2025-01-01' },
      escape_facility: 'Toulon-La Farlède',
    });
    assert.equal(listed.status, 201, listed.text);
    const halfPoint = await analyst.post(`/api/fugitives/${listed.json.id}/sightings`, {
      seen: { date: '2025-01-05' },
      place: { name: 'Nice', lat: 43.7 },
      source: { kind: 'social' },
    });
    assert.equal(halfPoint.status, 400);
    assert.equal(halfPoint.json.error.details[0].path, 'place.lat');
    const unknown = await analyst.post('/api/fugitives', { person_id: organisation, escaped: { date: '2025-01-01' } });
    assert.equal(unknown.status, 400, 'an organisation is not a person');
    assert.equal(unknown.json.error.details[0].path, 'person_id');

    const reporter = apiClient(context, { token: (await account(context, { role: 'reporter' })).token });
    assert.equal(
      (
        await reporter.post(`/api/fugitives/${listed.json.id}/sightings`, {
          seen: { date: '2025-01-05' },
          place: { name: 'Nice' },
          source: { kind: 'social' },
        })
      ).status,
      403,
    );
    const stranger = apiClient(context, {
      token: (await account(context, { role: 'analyst', org: 'Other service' })).token,
    });
    assert.equal((await stranger.get(`/api/fugitives/${listed.json.id}`)).status, 404);
    assert.equal((await stranger.get('/api/fugitives')).json.total, 0);
  });
});
