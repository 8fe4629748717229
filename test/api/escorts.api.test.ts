import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { apiClient } from '../support/api-client.ts';
import { account } from '../support/accounts.ts';
import { incidentInput } from '../support/factories.ts';
import { detaineeWithOrganisation } from '../support/detainee-factory.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';
import { APRIL_WAVE, postAprilWave } from '../support/april-wave.ts';

const COURTHOUSE = { name: 'Tribunal judiciaire de Marseille', lat: 43.2937, lon: 5.3817 };

describe(`escorts and their risk on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let analyst: ReturnType<typeof apiClient>;

  before(async () => {
    context = await freshContext();
    await context.detection.start();
    analyst = apiClient(context, { token: (await account(context, { role: 'analyst' })).token });
  });
  after(async () => {
    await context.close();
  });

  test('an analyst plans an escort that is assessed at once with its reasons; others may not plan or see it', async () => {
    const { person } = await detaineeWithOrganisation(context, { organised_crime_leadership: 3, escape_history: 2 });
    const created = await analyst.post('/api/escorts', {
      kind: 'judicial_extraction',
      detainee_id: person,
      origin: { facility: 'Toulon-La Farlède' },
      destination: COURTHOUSE,
      waypoints: [{ lat: 43.25, lon: 5.75 }],
      planned_start: '2025-03-01T07:00:00Z',
      escort_level: 'standard',
      marking: 'AMBER+STRICT',
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.origin.facility_id, 'fr-toulon-la-farlede-cp');
    assert.equal(created.json.risk_score, 25);
    assert.equal(created.json.recommended_level, 'reinforced');
    assert.equal(created.json.below_recommendation, true, 'planned standard, reinforced recommended');
    const detail = (await analyst.get(`/api/escorts/${created.json.id}`)).json;
    assert.equal(detail.assessment.factors[0].factor, 'detainee_profile');
    assert.match(detail.assessment.factors[0].sentence, /organised-crime leadership 15, escape history 10/);
    const alerts = (await analyst.get('/api/alerts?state=open')).json.items.filter(
      (a: { kind: string }) => a.kind === 'escort_risk',
    );
    assert.equal(alerts.length, 1, 'an escort planned below its recommendation raises one alert');
    assert.match(
      alerts[0].title,
      /^Extraction judiciaire du 01\/03\/2025 08:00, heure de Paris \(Centre pénitentiaire de Toulon-La Farlède → Tribunal judiciaire de Marseille\) : niveau renforcé recommandé, standard prévu$/,
    );
    // the code's date is the instant, which the app words in the reader's language, not French digits
    assert.equal(alerts[0].words.title.params.date, '2025-03-01T07:00:00.000Z');
    assert.equal((await analyst.post(`/api/escorts/${created.json.id}/assess`)).status, 200);
    assert.equal(
      (await analyst.get('/api/alerts?state=open')).json.items.filter((a: { kind: string }) => a.kind === 'escort_risk')
        .length,
      1,
      'deduplicated per escort',
    );
    assert.equal((await analyst.get(`/api/escorts/${created.json.id}/assessments`)).json.items.length, 2);

    const raised = await analyst.patch(`/api/escorts/${created.json.id}`, {
      version: created.json.version,
      escort_level: 'reinforced',
    });
    assert.equal(raised.status, 200, raised.text);
    assert.equal(raised.json.below_recommendation, false);
    assert.equal(
      (await analyst.get('/api/alerts?state=open')).json.items.filter((a: { kind: string }) => a.kind === 'escort_risk')
        .length,
      0,
      'raising the level resolves the alert',
    );
    assert.equal(
      (await analyst.patch(`/api/escorts/${created.json.id}`, { version: created.json.version, escort_level: 'high' }))
        .status,
      409,
      'a stale version',
    );
    const cancelled = await analyst.patch(`/api/escorts/${created.json.id}`, {
      version: raised.json.version,
      state: 'cancelled',
    });
    assert.equal(cancelled.status, 200, cancelled.text);
    const reopened = await analyst.patch(`/api/escorts/${created.json.id}`, {
      version: cancelled.json.version,
      state: 'planned',
    });
    assert.equal(reopened.status, 409, 'a cancelled escort stays cancelled');
    assert.equal(reopened.json.error.details[0].path, 'state');

    const bad = await analyst.post('/api/escorts', {
      kind: 'transfer',
      detainee_id: person,
      origin: { facility: 'Nowhere Prison' },
      destination: COURTHOUSE,
      planned_start: '2025-03-01T07:00:00Z',
      escort_level: 'standard',
    });
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.details[0].path, 'origin.facility');
    const level = await analyst.post('/api/escorts', {
      kind: 'transfer',
      detainee_id: person,
      origin: COURTHOUSE,
      destination: COURTHOUSE,
      planned_start: '2025-03-01T07:00:00Z',
      escort_level: 'extreme',
    });
    assert.equal(level.status, 400);
    assert.equal(level.json.error.details[0].path, 'escort_level');

    const reporter = apiClient(context, { token: (await account(context, { role: 'reporter' })).token });
    assert.equal(
      (
        await reporter.post('/api/escorts', {
          kind: 'transfer',
          detainee_id: person,
          origin: COURTHOUSE,
          destination: COURTHOUSE,
          planned_start: '2025-03-01T07:00:00Z',
          escort_level: 'standard',
        })
      ).status,
      403,
    );
    const stranger = apiClient(context, {
      token: (await account(context, { role: 'analyst', org: 'Other service' })).token,
    });
    assert.equal(
      (await stranger.get(`/api/escorts/${created.json.id}`)).status,
      404,
      'AMBER+STRICT: its organisation only',
    );
    assert.equal((await stranger.get('/api/escorts')).json.total, 0);
  });

  test('escort risk rises when a linked campaign becomes active and falls when it is dismissed', async () => {
    const { person, organisation } = await detaineeWithOrganisation(context, { organised_crime_leadership: 1 });
    const created = await analyst.post('/api/escorts', {
      kind: 'judicial_extraction',
      detainee_id: person,
      origin: { facility: 'fr-toulon-la-farlede-cp' },
      destination: COURTHOUSE,
      planned_start: '2025-04-20T07:00:00Z',
      escort_level: 'standard',
    });
    assert.equal(created.status, 201, created.text);
    const id = created.json.id;
    assert.equal(created.json.recommended_level, 'standard');

    // A quiet year of contraband at the wave's sites, then the wave; its Toulon attack is claimed by the detainee's organisation.
    const ids = await postAprilWave(analyst, APRIL_WAVE.slice(0, 5), async (incident, index) => {
      if (index === 0)
        await context.store.db
          .insertInto('incident_actors')
          .values({ incident_id: incident, actor_id: organisation, role: 'claimed', created_by: null })
          .execute();
    });
    await context.detection.idle();
    await context.escortWatch.idle();

    const campaign = (await analyst.get('/api/campaigns?from=2025-04-01&to=2025-05-01')).json.items.find(
      (c: { member_ids: string[] }) => c.member_ids.includes(ids[0]),
    );
    assert.ok(campaign, 'the wave forms a campaign');
    const risen = (await analyst.get(`/api/escorts/${id}`)).json;
    const campaignFactor = risen.assessment.factors.find((f: { factor: string }) => f.factor === 'active_campaigns');
    assert.ok(campaignFactor, JSON.stringify(risen.assessment.factors));
    assert.equal(campaignFactor.records[0].id, campaign.id);
    assert.ok(risen.risk_score > created.json.risk_score);
    assert.equal(risen.below_recommendation, true);
    const alert = (await analyst.get('/api/alerts?state=open')).json.items.find(
      (a: { kind: string; explanation: string }) => a.kind === 'escort_risk' && a.explanation.includes(id),
    );
    assert.ok(alert, 'an alert names the escort whose risk rose above its level');
    assert.equal(alert.campaign_id, campaign.id);

    assert.equal(
      (
        await analyst.post(`/api/campaigns/${campaign.id}/decisions`, {
          kind: 'dismiss',
          reason: 'copycat tags, not coordinated',
        })
      ).status,
      204,
    );
    await context.escortWatch.idle();
    const fallen = (await analyst.get(`/api/escorts/${id}`)).json;
    assert.ok(
      !fallen.assessment.factors.some((f: { factor: string }) => f.factor === 'active_campaigns'),
      'a dismissed campaign no longer counts',
    );
    assert.equal(fallen.risk_score, risen.risk_score - campaignFactor.points);
    assert.equal(fallen.below_recommendation, false);
    assert.equal(
      (await analyst.get(`/api/alerts/${alert.id}`)).json.state,
      'resolved',
      'the alert is resolved when the risk falls back',
    );
    const history = (await analyst.get(`/api/escorts/${id}/assessments`)).json.items;
    assert.deepEqual(history.map((a: { trigger: string }) => a.trigger).at(-1), 'created');
    assert.equal(history[0].trigger, 'campaign');
  });

  test('a reader of another organisation sees the points of an escort it may read, not the detainee or incidents it may not read', async () => {
    const { person, organisation } = await detaineeWithOrganisation(context);
    await context.store.db.updateTable('actors').set({ marking: 'AMBER' }).where('id', '=', person).execute();
    const incident = await analyst.post(
      '/api/incidents',
      incidentInput({ occurred: { date: '2025-05-20' }, marking: 'AMBER' }),
    );
    assert.equal(incident.status, 201, incident.text);
    await context.store.db
      .insertInto('incident_actors')
      .values({ incident_id: incident.json.id, actor_id: organisation, role: 'suspect', created_by: null })
      .execute();
    const created = await analyst.post('/api/escorts', {
      kind: 'hospital_visit',
      detainee_id: person,
      origin: { facility: 'fr-lyon-corbas-ma' },
      destination: { name: 'Hôpital Édouard-Herriot', lat: 45.7429, lon: 4.8806 },
      planned_start: '2025-06-01T08:00:00Z',
      escort_level: 'reinforced',
      marking: 'GREEN',
    });
    assert.equal(created.status, 201, created.text);
    const stranger = apiClient(context, {
      token: (await account(context, { role: 'analyst', org: 'Other service' })).token,
    });
    const seen = await stranger.get(`/api/escorts/${created.json.id}`);
    assert.equal(seen.status, 200);
    assert.deepEqual(seen.json.detainee, { id: person, protected: true });
    const linked = seen.json.assessment.factors.find((f: { factor: string }) => f.factor === 'linked_incidents');
    assert.deepEqual([linked.points, linked.records, linked.hidden_records], [4, [], 1]);
    const own = (await analyst.get(`/api/escorts/${created.json.id}`)).json.assessment.factors.find(
      (f: { factor: string }) => f.factor === 'linked_incidents',
    );
    assert.equal(own.records[0].id, incident.json.id);
  });
});
