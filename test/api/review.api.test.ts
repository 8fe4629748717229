import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { type apiClient, signedInClient } from '../support/api-client.ts';
import { incidentInput } from '../support/factories.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

/** A local-press report in the seed's style; the real extraction reads it. */
export const TOULON_REPORT =
  'Toulon. Des tirs ont visé la façade du centre pénitentiaire de Toulon-La Farlède dans la nuit de lundi à mardi. ' +
  "Le tag « DDPF » a été retrouvé sur le mur d'enceinte, selon une source syndicale.";

describe(`review API on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let analyst: Awaited<ReturnType<typeof signedInClient>>;
  let reporter: Awaited<ReturnType<typeof signedInClient>>;

  before(async () => {
    context = await freshContext();
    analyst = await signedInClient(context, { role: 'analyst' });
    reporter = await signedInClient(context, { role: 'reporter' });
  });
  after(async () => {
    await context.close();
  });

  async function submit(client: ReturnType<typeof apiClient>, body: Record<string, unknown>) {
    const response = await client.post('/api/articles', {
      published: '2025-04-15',
      reliability: 'B',
      credibility: 2,
      ...body,
    });
    assert.ok([200, 201].includes(response.status), response.text);
    return response;
  }

  test('reads a submitted text into a candidate whose evidence points at its words, and stores it once', async () => {
    const first = await submit(analyst, { content: TOULON_REPORT, url: 'https://press.example/toulon' });
    assert.equal(first.status, 201);
    const [article] = first.json.items;
    assert.equal(article.duplicate, false);
    const candidate = article.candidates.find((c: { kind: string }) => c.kind === 'incident');
    assert.equal(candidate.draft.facility, 'fr-toulon-la-farlede-cp');
    for (const evidence of candidate.evidence)
      assert.equal(article.text.slice(evidence.start, evidence.end), evidence.quote);
    const again = await submit(analyst, { content: TOULON_REPORT });
    assert.equal(again.status, 200);
    assert.equal(again.json.items[0].id, article.id);
    assert.equal(again.json.items[0].duplicate, true);
    const byUrl = await submit(analyst, { content: 'Un autre texte.', url: 'https://press.example/toulon' });
    assert.equal(byUrl.json.items[0].id, article.id);
    const read = await analyst.get(`/api/articles/${article.id}`);
    assert.equal(read.status, 200);
    assert.equal(read.json.text, article.text);
  });

  test('accepting creates the incident with the article as a graded source; a second decision is 409', async () => {
    const [article] = (
      await submit(analyst, {
        content: `${TOULON_REPORT} Deuxième dépêche.`,
        url: 'https://press.example/accept',
        title: 'Tirs à Toulon',
      })
    ).json.items;
    const id = article.candidates[0].id;
    const queue = await analyst.get('/api/review?status=pending');
    assert.ok(queue.json.items.some((item: { id: string }) => item.id === id));
    const accepted = await analyst.post(`/api/review/${id}/accept`, {});
    assert.equal(accepted.status, 200, accepted.text);
    assert.equal(accepted.json.status, 'accepted');
    const incident = await analyst.get(`/api/incidents/${accepted.json.decision.result_id}`);
    assert.equal(incident.status, 200);
    assert.deepEqual(incident.json.sources, [
      {
        kind: 'press',
        title: 'Tirs à Toulon',
        url: 'https://press.example/accept',
        published_at: '2025-04-15',
        reliability: 'B',
        credibility: 2,
        graded_by: 'source',
        article_id: article.id,
        candidate_id: id,
      },
    ]);
    assert.deepEqual(
      incident.json.signatures.map((s: { normalized: string }) => s.normalized),
      ['ddpf'],
    );
    const twice = await analyst.post(`/api/review/${id}/reject`, { reason: 'changed my mind' });
    assert.equal(twice.status, 409);
    assert.equal(twice.json.error.code, 'already_decided');
  });

  test('the candidate page offers the incident of the same site and night, and merging adds a source', async () => {
    const existing = await analyst.post('/api/incidents', incidentInput({ external_id: 'merge-target' }));
    const [article] = (
      await submit(analyst, { content: `${TOULON_REPORT} Troisième version.`, url: 'https://press.example/merge' })
    ).json.items;
    const page = await analyst.get(`/api/review/${article.candidates[0].id}`);
    assert.equal(page.status, 200, page.text);
    assert.equal(page.json.article.id, article.id);
    const offered = page.json.suggestions.find((s: { incident: { id: string } }) => s.incident.id === existing.json.id);
    assert.equal(offered.reason, 'same_facility_same_night');
    assert.equal(page.json.suggestions[0].reason, 'same_facility_same_night');
    const merged = await analyst.post(`/api/review/${article.candidates[0].id}/merge`, {
      incident_id: existing.json.id,
      incident_version: existing.json.version,
    });
    assert.equal(merged.status, 200, merged.text);
    const incident = await analyst.get(`/api/incidents/${existing.json.id}`);
    assert.equal(incident.json.sources.length, 2);
    assert.equal(incident.json.sources[1].url, 'https://press.example/merge');
  });

  test('refuses bad input naming the field', async () => {
    const empty = await analyst.post('/api/articles', { content: '' });
    assert.equal(empty.status, 400);
    assert.equal(empty.json.error.details[0].path, 'content');
    const badGrade = await analyst.post('/api/articles', { content: TOULON_REPORT, reliability: 'Z' });
    assert.equal(badGrade.json.error.details[0].path, 'reliability');
    const [article] = (await submit(analyst, { content: `${TOULON_REPORT} Quatrième.` })).json.items;
    const id = article.candidates[0].id;
    const noReason = await analyst.post(`/api/review/${id}/reject`, {});
    assert.equal(noReason.status, 400);
    assert.equal(noReason.json.error.details[0].path, 'reason');
    const badDraft = await analyst.post(`/api/review/${id}/accept`, {
      draft: { ...article.candidates[0].draft, event_types: ['picnic'] },
    });
    assert.equal(badDraft.status, 400);
    assert.match(badDraft.json.error.details[0].path, /^draft\.event_types/);
    const badStatus = await analyst.get('/api/review?status=maybe');
    assert.equal(badStatus.json.error.details[0].path, 'status');
  });

  test("a text past the extraction's size budget is refused with 413 naming the content, and nothing is stored", async () => {
    const before = (await analyst.get('/api/review')).json.total;
    const tooLong = await analyst.post('/api/articles', {
      content: `${TOULON_REPORT} `.repeat(Math.ceil(1_000_001 / (TOULON_REPORT.length + 1))),
    });
    assert.equal(tooLong.status, 413, tooLong.text.slice(0, 300));
    assert.equal(tooLong.json.error.code, 'text_too_large');
    assert.deepEqual(
      tooLong.json.error.details.map((d: { path: string }) => d.path),
      ['content'],
    );
    assert.equal((await analyst.get('/api/review')).json.total, before);
  });

  test('a reporter submits but cannot decide; a rejection can be reopened', async () => {
    const [article] = (await submit(reporter, { content: `${TOULON_REPORT} Cinquième.` })).json.items;
    const id = article.candidates[0].id;
    assert.equal((await reporter.post(`/api/review/${id}/reject`, { reason: 'no' })).status, 403);
    const rejected = await analyst.post(`/api/review/${id}/reject`, { reason: 'duplicate wire' });
    assert.equal(rejected.json.decision.reason, 'duplicate wire');
    const reopened = await analyst.post(`/api/review/${id}/reopen`, { version: rejected.json.version });
    assert.equal(reopened.status, 200, reopened.text);
    assert.equal(reopened.json.status, 'pending');
  });
});
