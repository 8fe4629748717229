import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { apiClient } from '../support/api-client.ts';
import { account } from '../support/accounts.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';
import { WAVE_ARTICLES } from '../fixtures/review-wave/articles.ts';

interface Source {
  outlet?: string;
  reliability: string;
  credibility: number;
  graded_by?: string;
  article_id?: string;
  reported_credibility?: number;
  corroborating_outlets?: number;
}
interface Incident {
  id: string;
  facility: { id: string } | null;
  sources: Source[];
  occurred: { start: string };
}

/**
 * Issue 15 §8: ten press articles about the April 2025 wave, submitted to review in publication
 * order with their outlets and no grade, every candidate accepted (merged when the candidate page
 * offers the same site and night, as an analyst would), give graded, corroborated incidents.
 */
describe(`the April 2025 wave from press text alone, through review, on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let analyst: ReturnType<typeof apiClient>;
  const incidentIds = new Set<string>();
  let merges = 0;

  before(async () => {
    context = await freshContext();
    await context.detection.start();
    analyst = apiClient(context, { token: (await account(context, { role: 'analyst' })).token });
    for (const article of WAVE_ARTICLES) {
      const submitted = await analyst.post('/api/review', {
        content: article.text,
        title: article.title,
        url: article.url,
        outlet: article.outlet,
        published: article.published,
      });
      assert.equal(submitted.status, 201, submitted.text);
      for (const candidate of submitted.json.items[0].candidates) {
        const page = await analyst.get(`/api/review/${candidate.id}`);
        const same = page.json.suggestions.find((s: { reason: string }) => s.reason === 'same_facility_same_night');
        const decided = same
          ? await analyst.post(`/api/review/${candidate.id}/merge`, {
              incident_id: same.incident.id,
              incident_version: same.incident.version,
            })
          : await analyst.post(`/api/review/${candidate.id}/accept`, {});
        assert.equal(decided.status, 200, decided.text);
        if (same) merges += 1;
        incidentIds.add(decided.json.decision.result_id);
      }
    }
    await context.detection.idle();
  });
  after(async () => {
    await context.close();
  });

  const incidents = async () =>
    Promise.all([...incidentIds].map(async (id) => (await analyst.get(`/api/incidents/${id}`)).json as Incident));

  test("every source carries its outlet's grade from the register: none F6, none ungraded", async () => {
    const all = await incidents();
    assert.equal(all.length, 8, 'eight acts at seven sites');
    assert.equal(merges, 3, 'Toulon, Nanterre and Aix-Luynes were each reported by a second outlet');
    const sources = all.flatMap((incident) => incident.sources);
    assert.equal(sources.length, 11);
    for (const source of sources) {
      assert.equal(source.graded_by, 'register', JSON.stringify(source));
      assert.notEqual(`${source.reliability}${source.credibility}`, 'F6');
      assert.ok(source.article_id);
    }
    const gradeOf = (outlet: string) => sources.find((s) => s.outlet === outlet)!.reliability;
    assert.equal(gradeOf('Le Monde'), 'B');
    assert.equal(gradeOf('AFP'), 'B');
    assert.equal(gradeOf('Var-Matin'), 'C');
  });

  test('an act reported by two independent outlets is corroborated (credibility 2); one reported once stays at 3', async () => {
    const all = await incidents();
    const at = (facility: string) => all.filter((incident) => incident.facility?.id === facility);
    for (const facility of ['fr-nanterre-cp', 'fr-aix-luynes-cp']) {
      const [incident] = at(facility);
      assert.deepEqual(
        incident.sources.map((s) => s.credibility),
        [2, 2],
        `${facility}: ${JSON.stringify(incident.sources)}`,
      );
      assert.deepEqual(
        incident.sources.map((s) => s.corroborating_outlets),
        [2, 2],
      );
      assert.deepEqual(
        incident.sources.map((s) => s.reported_credibility),
        [3, 3],
      );
    }
    const toulon = at('fr-toulon-la-farlede-cp').sort((a, b) => a.occurred.start.localeCompare(b.occurred.start));
    assert.deepEqual(
      toulon.map((incident) => incident.sources.map((s) => `${s.outlet}:${s.reliability}${s.credibility}`)),
      [['Var-Matin:C2', 'AFP:B2'], ['Var-Matin:C3']],
    );
    assert.deepEqual(
      at('fr-valence-cp')[0].sources.map((s) => `${s.reliability}${s.credibility}`),
      ['C3'],
    );
  });

  test('the detection groups the wave and raises its alarm, with no member resting only on weak sources', async (t) => {
    const campaigns = (await analyst.get('/api/campaigns?from=2025-04-01&to=2025-05-01')).json.items;
    const campaign = campaigns.find((c: { member_ids: string[] }) => c.member_ids.length >= 5);
    assert.ok(campaign, JSON.stringify(campaigns.map((c: { explanation: string }) => c.explanation)));
    assert.doesNotMatch(campaign.explanation, /weak sources/, campaign.explanation);
    const wave = campaign.significance.wave;
    t.diagnostic(
      `campaign: ${campaign.member_ids.length} members; wave p = ${wave.p_value} (${wave.method}); ${campaign.explanation}`,
    );
    const waves = (await analyst.get('/api/waves?from=2025-04-01')).json.items;
    const alarm = waves.find((a: { campaign_id: string }) => a.campaign_id === campaign.id);
    assert.ok(wave.alarm && alarm, `no alarm: p = ${wave.p_value}, method ${wave.method}; ${campaign.explanation}`);
  });
});
