import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { apiClient } from '../support/api-client.ts';
import { account } from '../support/accounts.ts';
import { postAprilWave } from '../support/april-wave.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

type Reason = { code: string; params: Record<string, unknown> };
type Item = { site_id: string; reasons: Reason[] };
const LYON = 'fr-lyon-corbas-ma';
const itemOf = (items: Item[], site: string) => items.find((item) => item.site_id === site)!;

describe(`site risk: readable reasons, the stored ranking, campaigns (${TEST_STORE})`, () => {
  let context: VigieContext;
  let analyst: ReturnType<typeof apiClient>;
  let outsider: ReturnType<typeof apiClient>;

  before(async () => {
    context = await freshContext();
    await context.detection.start();
    analyst = apiClient(context, { token: (await account(context, { role: 'analyst' })).token });
    outsider = apiClient(context, {
      token: (await account(context, { role: 'supervisor', org: 'Direction voisine' })).token,
    });
    await postAprilWave(analyst);
    // two shootings at Lyon-Corbas that only the analyst's organisation may read
    for (const hour of ['21:00', '23:30']) {
      const created = await analyst.post(
        '/api/incidents',
        incidentInput({
          facility: LYON,
          occurred: { at: `2025-04-15T${hour}:00+02:00` },
          event_types: ['gunfire'],
          signatures: [],
          marking: 'AMBER+STRICT',
        }),
      );
      assert.equal(created.status, 201, created.text);
    }
    await context.detection.idle();
    await context.riskRanking.idle();
  });
  after(async () => {
    await context.close();
  });

  test('a supervisor of another organisation is not told of incidents it cannot read, in the risk or in the brief', async () => {
    const own = await analyst.get('/api/risk?at=2025-04-16T08:00:00Z&limit=300');
    assert.equal(own.status, 200, own.text);
    const ownLyon = itemOf(own.json.items, LYON);
    assert.deepEqual(ownLyon.reasons.find((r) => r.code === 'site_incidents')?.params, {
      incidents: 2,
      within_hours: 24,
    });

    const other = await outsider.get('/api/risk?at=2025-04-16T08:00:00Z&limit=300');
    assert.equal(other.status, 200, other.text);
    const otherLyon = itemOf(other.json.items, LYON);
    assert.equal(
      otherLyon.reasons.some((r) => r.code === 'site_incidents'),
      false,
      JSON.stringify(otherLyon.reasons),
    );
    assert.ok(
      otherLyon.reasons.some((r) => r.code === 'recent_activity'),
      JSON.stringify(otherLyon.reasons),
    );
    // the same ranking, only the reasons differ
    assert.equal(
      otherLyon.reasons.length > 0 && other.json.items.findIndex((i: Item) => i.site_id === LYON),
      own.json.items.findIndex((i: Item) => i.site_id === LYON),
    );

    const brief = await outsider.get('/api/briefs/live?date=2025-04-16&lang=en');
    assert.equal(brief.status, 200, brief.text);
    const lyon = brief.json.risk.find((r: { site_id: string }) => r.site_id === LYON);
    assert.ok(lyon, 'Lyon-Corbas is among the sites at risk');
    assert.equal(
      lyon.reasons.some((r: Reason) => r.code === 'site_incidents'),
      false,
    );
    assert.doesNotMatch(brief.json.markdown, /2 incidents at this site/);
    const analystBrief = await analyst.get('/api/briefs/live?date=2025-04-16&lang=en');
    assert.equal(analystBrief.status, 200, analystBrief.text);
    assert.match(analystBrief.json.markdown, /2 incidents at this site/);
  });

  test('answers in snake_case like every other route', async () => {
    const risk = await analyst.get('/api/risk?at=2025-04-16T08:00:00Z&horizon=168&limit=3');
    assert.equal(risk.status, 200, risk.text);
    const item = risk.json.items[0];
    for (const key of [
      'site_id',
      'horizon_hours',
      'relative_risk',
      'probability',
      'expected',
      'background',
      'excitation',
    ])
      assert.ok(key in item, key);
    for (const key of ['siteId', 'horizonHours', 'relativeRisk']) assert.equal(key in item, false, key);
    assert.equal(item.horizon_hours, 168);
    assert.equal(
      item.reasons.some((r: Reason & { evidence?: unknown }) => 'evidence' in r),
      false,
      'no evidence ids reach the reader',
    );
  });

  test('during the April wave, sites like those struck rise with a reason naming the campaign', async () => {
    const risk = await analyst.get('/api/risk?at=2025-04-15T08:00:00Z&limit=10');
    assert.equal(risk.status, 200, risk.text);
    const struck = new Set(['fr-toulon-la-farlede-cp', 'fr-villepinte-ma', 'fr-aix-luynes-cp', 'fr-marseille-cp']);
    const risen = risk.json.items.filter(
      (item: Item) => !struck.has(item.site_id) && item.reasons.some((r) => r.code === 'campaign'),
    );
    assert.ok(
      risen.length > 0,
      JSON.stringify(risk.json.items.map((i: Item) => [i.site_id, i.reasons.map((r) => r.code)])),
    );
    const reason = risen[0].reasons.find((r: Reason) => r.code === 'campaign');
    assert.match(String(reason.params.label), /D\.?D\.?P\.?F/i);
    assert.ok(Number(reason.params.sites) >= 3, JSON.stringify(reason));
    assert.ok((reason.params.traits as string[]).length > 0);
  });

  test('reads the ranking the detection stored, kept current as incidents arrive, without computing one', async () => {
    const created = await analyst.post(
      '/api/incidents',
      incidentInput({
        facility: 'fr-nancy-maxeville-ma',
        occurred: { at: new Date(Date.now() - 2 * 3_600_000).toISOString() },
        event_types: ['gunfire'],
        signatures: [],
        marking: 'GREEN',
      }),
    );
    assert.equal(created.status, 201, created.text);
    await context.detection.idle();
    await context.riskRanking.idle();
    const compute = context.risk.compute;
    context.risk.compute = async () => {
      throw new Error('a request computed the risk');
    };
    try {
      for (const horizon of [72, 168]) {
        const risk = await outsider.get(`/api/risk?horizon=${horizon}&limit=300`);
        assert.equal(risk.status, 200, risk.text);
        const nancy = itemOf(risk.json.items, 'fr-nancy-maxeville-ma');
        assert.deepEqual(nancy.reasons.find((r) => r.code === 'site_incidents')?.params, {
          incidents: 1,
          within_hours: 24,
        });
        assert.equal(risk.json.items[0].site_id, 'fr-nancy-maxeville-ma');
      }
      // The evidence is checked against the incident as it stands: made RED in the store (as another
      // instance would), it stops counting for the outsider at the next request, the ranking unchanged.
      await context.store.db
        .updateTable('incidents')
        .set({ marking: 'RED' })
        .where('id', '=', created.json.id)
        .execute();
      const after = await outsider.get('/api/risk?horizon=72&limit=300');
      const nancy = itemOf(after.json.items, 'fr-nancy-maxeville-ma');
      assert.equal(after.json.items[0].site_id, 'fr-nancy-maxeville-ma');
      assert.equal(
        nancy.reasons.some((r) => r.code === 'site_incidents'),
        false,
        JSON.stringify(nancy.reasons),
      );
    } finally {
      context.risk.compute = compute;
    }
  });

  test('answers "now" from the stored ranking even hours after it was computed, and says when; never computes for it', async () => {
    const stored = await context.risk.cache.ranking(72, 1);
    assert.ok(stored, 'a ranking is stored');
    const { compute, now } = context.risk;
    context.risk.compute = async () => {
      throw new Error('a request computed the risk');
    };
    context.risk.now = () => Date.now() + 5 * 3_600_000;
    try {
      const risk = await analyst.get('/api/risk?limit=5');
      assert.equal(risk.status, 200, risk.text);
      assert.equal(risk.json.at, stored.computedFor.toISOString());
      assert.equal(risk.json.items[0].site_id, stored.items[0].siteId);
    } finally {
      context.risk.compute = compute;
      context.risk.now = now;
    }
  });
});
