import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { apiClient } from '../support/api-client.ts';
import { account } from '../support/accounts.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

// Issue 15 section 5 and issue 17 item 3: the server sends each explanation and each refusal as a
// code with parameters (an English sentence stays beside it for API users); the web app words the code.

type Client = ReturnType<typeof apiClient>;
interface Words {
  code: string;
  params: Record<string, unknown>;
}

describe(`explanations and refusals as codes with parameters (${TEST_STORE})`, () => {
  let context: VigieContext;
  let analyst: Client;
  before(async () => {
    context = await freshContext();
    await context.detection.start();
    analyst = apiClient(context, { token: (await account(context, { role: 'analyst' })).token });
  });
  after(async () => {
    await context.close();
  });

  const post = async (body: Record<string, unknown>) => {
    const created = await analyst.post('/api/incidents', incidentInput(body));
    assert.equal(created.status, 201, created.text);
    await context.detection.idle();
    return created.json.id as string;
  };

  test('a campaign counts its prisons and its staff homes apart, in words and in its code', async () => {
    const carrier = {
      occurred: { night_of: '2025-04-14' },
      event_types: ['vehicle_arson', 'graffiti'],
      target_kinds: ['staff_vehicle'],
      signatures: [{ kind: 'tag', text: 'DDPF' }],
    };
    for (const facility of ['fr-toulon-la-farlede-cp', 'fr-villepinte-ma', 'fr-valence-cp'])
      await post({ ...carrier, facility });
    // a staff member's home in Nîmes, away from any facility, the same night and tag
    await post({
      ...carrier,
      facility: undefined,
      target_kinds: ['staff_home', 'staff_vehicle'],
      place: { lat: 43.84, lon: 4.36, precision: 'site', commune: 'Nîmes', department: '30' },
    });
    const [campaign] = (await analyst.get('/api/campaigns')).json.items;
    assert.equal(campaign.member_ids.length, 4, JSON.stringify(campaign));
    assert.match(campaign.explanation, /^3 prisons and 1 staff home in 1 night, 4 share the tag DDPF/);
    const words = campaign.words as Words;
    assert.equal(words.code, 'campaign.summary');
    assert.deepEqual(words.params.places, ['prison', 'staff_home']);
    assert.deepEqual(words.params.place_counts, ['3', '1']);
    assert.equal(words.params.nights, 1);
    assert.equal(words.params.tag, 'DDPF');
    assert.equal(words.params.tag_count, 4);
  });

  test('a wave alarm says its p-value and its recurrence once, and sends them as a code', async () => {
    const [alarm] = (await analyst.get('/api/waves')).json.items;
    assert.ok(alarm, 'the three prisons and the home raise the alarm');
    assert.equal(alarm.explanation.match(/at the usual rates/g)?.length, 1, alarm.explanation);
    assert.doesNotMatch(alarm.explanation, /once in [\d,]{6,} years/, 'beyond what the test resolves, a bound');
    const words = alarm.words as Words;
    assert.equal(words.code, `alarm.${alarm.method}`);
    assert.equal(words.params.p_value, alarm.p_value);
    assert.equal(words.params.p_bound, alarm.p_value < 1e-6 ? 1 : 0);
    assert.equal(words.params.sites, alarm.sites.length);
    assert.equal(words.params.incidents, alarm.incident_ids.length);
    if (alarm.method === 'signature_burst') assert.equal(words.params.signature, 'DDPF');
    // the tag's own sites, which the test counted, beside the campaign's (a member without the tag adds one)
    const tagSites = Number(/DDPF at (\d+) sites/.exec(alarm.explanation)?.[1]);
    assert.equal(words.params.signature_sites, alarm.method === 'signature_burst' ? tagSites : null);
  });

  test('a probable member comes with its incident and its excess as a code', async () => {
    const untagged = await post({
      facility: 'fr-nanterre-cp',
      occurred: { night_of: '2025-04-14' },
      event_types: ['vehicle_arson'],
      target_kinds: ['staff_vehicle'],
      signatures: [],
    });
    const [campaign] = (await analyst.get('/api/campaigns')).json.items;
    const detail = (await analyst.get(`/api/campaigns/${campaign.id}`)).json;
    const probable = detail.probable_members.find((p: { incident_id: string }) => p.incident_id === untagged);
    assert.ok(probable, JSON.stringify(detail.probable_members));
    assert.equal(probable.incident.id, untagged);
    assert.equal(probable.incident.facility.id, 'fr-nanterre-cp');
    const words = probable.words as Words;
    assert.equal(words.code, 'probable.excess_night');
    assert.equal(words.params.observed, probable.observed);
    assert.equal(words.params.night, '2025-04-14');
    assert.ok((words.params.event_types as string[]).includes('vehicle_arson'));
    assert.equal(words.params.probability, probable.excess_probability);
  });

  test('a refused incident names each field with a code the app can word', async () => {
    const refused = await analyst.post(
      '/api/incidents',
      incidentInput({
        occurred: { night_of: '2025-02-30' },
        event_types: [],
        sources: [{ kind: 'press', url: 'ftp://example.org/x' }],
      }),
    );
    assert.equal(refused.status, 400);
    const byPath = Object.fromEntries(
      (refused.json.error.details as Array<{ path: string; code: string; message: string }>).map((d) => [d.path, d]),
    );
    assert.equal(byPath['occurred.night_of']?.code, 'format_date', JSON.stringify(refused.json));
    assert.equal(
      byPath['occurred.night_of'].message,
      'expected a date as YYYY-MM-DD',
      'the English message stays for API users',
    );
    assert.equal(byPath.event_types?.code, 'choose_one');
    assert.equal(byPath['sources.0.url']?.code, 'format_url');
    const unknown = await analyst.post('/api/incidents', incidentInput({ facility: 'Atlantis' }));
    assert.equal(unknown.status, 400);
    assert.deepEqual(
      unknown.json.error.details.map((d: { path: string; code: string; params: unknown }) => [
        d.path,
        d.code,
        d.params,
      ]),
      [['facility', 'unknown_facility', { value: 'Atlantis' }]],
    );
    const neither = await analyst.post('/api/incidents', incidentInput({ facility: undefined }));
    assert.equal(neither.json.error.details[0].code, 'facility_or_place');
  });

  test('the remarks on a review candidate come with their codes', async () => {
    const submitted = await analyst.post('/api/articles', {
      published: '2025-04-15',
      reliability: 'B',
      credibility: 2,
      content:
        "Toulon. Des tirs ont visé la façade du centre pénitentiaire de Toulon-La Farlède dans la nuit de lundi à mardi. Le tag « DDPF » a été retrouvé sur le mur d'enceinte.",
    });
    assert.equal(submitted.status, 201, submitted.text);
    const candidate = submitted.json.items[0].candidates[0];
    assert.ok(candidate.notes.length > 0, JSON.stringify(candidate));
    const id = candidate.id;
    const read = (await analyst.get(`/api/review/${id}`)).json;
    const item = read.candidate ?? read;
    assert.equal(item.note_words.length, item.notes.length);
    assert.deepEqual(item.note_words[0], { code: 'note.date_from_publication', params: { date: '2025-04-15' } });
  });
});
