import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../context.ts';
import { SYSTEM_PRINCIPAL, type Principal } from '../access/access.ts';
import { createIncident, getIncident, type Caller } from '../incident/incident.service.ts';
import { acceptCandidate, mergeCandidate, rejectCandidate, reopenCandidate } from './review-decision.service.ts';
import { articleSubmissionSchema } from './review.schema.ts';
import { getCandidate, listQueue, submitArticle } from './review.service.ts';
import { fakeExtractor } from '../../../test/support/extraction-factory.ts';
import { incidentInput } from '../../../test/support/factories.ts';
import { freshContext, TEST_STORE } from '../../../test/support/test-store.ts';

const ARTICLE = 'Des tirs ont visé la prison de Toulon dans la nuit de lundi à mardi. Le tag DDPF a été retrouvé.';
const submission = (overrides: Record<string, unknown> = {}) => articleSubmissionSchema.parse({ content: ARTICLE, published: '2025-04-15', reliability: 'B', credibility: 2, ...overrides });

describe(`review queue on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let analyst: Caller;
  let reporter: Caller;
  let counter = 0;
  const fresh = (text: string) => submitArticle(context.review, analyst, submission({ content: `${text} ${(counter += 1)}` }));

  before(async () => {
    context = await freshContext();
    context.review.extract = fakeExtractor();
    const principal = (role: Principal['role']): Principal => ({ userId: '00000000-0000-4000-8000-00000000000' + (role === 'analyst' ? 'a' : 'b'), username: role, role, organisationId: SYSTEM_PRINCIPAL.organisationId, compartments: [], sharedFrom: [] });
    analyst = { principal: principal('analyst') };
    reporter = { principal: principal('reporter') };
  });
  after(async () => { await context.close(); });

  test('stores an article once: the same text or the same URL returns the stored one', async () => {
    const [first] = await submitArticle(context.review, analyst, submission({ url: 'https://example.org/a' }));
    assert.equal(first.duplicate, false);
    assert.equal(first.candidates.length, 1);
    const [sameText] = await submitArticle(context.review, analyst, submission({ content: `  ${ARTICLE.toUpperCase()}\n` }));
    assert.equal(sameText.duplicate, true);
    assert.equal(sameText.article.id, first.article.id);
    const [sameUrl] = await submitArticle(context.review, analyst, submission({ content: 'another text entirely', url: 'https://example.org/a' }));
    assert.equal(sameUrl.article.id, first.article.id);
    const queue = await listQueue(context.review, analyst, { status: ['pending'] }, 50, 0);
    assert.equal(queue.items.filter((item) => item.article_id === first.article.id).length, 1);
  });

  test('accepting creates the incident with the article as a graded source, once', async () => {
    const [stored] = await fresh(ARTICLE);
    const candidate = stored.candidates[0];
    const decided = await acceptCandidate(context.review, analyst, candidate.id, {});
    assert.equal(decided.status, 'accepted');
    assert.equal(decided.decided_by, analyst.principal.userId);
    const incident = await getIncident(context.incidents, analyst, decided.result_id!);
    assert.deepEqual(incident.row.event_types, ['gunfire']);
    assert.deepEqual(incident.row.sources, [{ kind: 'press', published_at: '2025-04-15', reliability: 'B', credibility: 2 }]);
    await assert.rejects(acceptCandidate(context.review, analyst, candidate.id, {}), { code: 'already_decided', status: 409 });
    const audit = await context.audit.recent(10, undefined, { object_id: candidate.id });
    assert.deepEqual(audit.map((event) => event.action), ['review.accept']);
  });

  test('accepts an edited draft, and names the bad field of one', async () => {
    const [stored] = await fresh(ARTICLE);
    const draft = { ...stored.candidates[0].draft, event_types: ['vehicle_arson'] };
    await assert.rejects(acceptCandidate(context.review, analyst, stored.candidates[0].id, { draft: { ...draft, facility: 'Atlantis' } }),
      (error: { status: number; details: Array<{ path: string }> }) => error.status === 400 && error.details[0].path === 'draft.facility');
    const decided = await acceptCandidate(context.review, analyst, stored.candidates[0].id, { draft });
    assert.deepEqual((await getIncident(context.incidents, analyst, decided.result_id!)).row.event_types, ['vehicle_arson']);
  });

  test('offers the incident of the same facility and night first, and merging adds the article as a source', async () => {
    const existing = await createIncident(context.incidents, analyst, incidentInput({ marking: 'GREEN' }));
    await createIncident(context.incidents, analyst, incidentInput({ facility: 'fr-marseille-cp', occurred: { date: '2025-04-15' } }));
    const [stored] = await fresh(ARTICLE);
    const { suggestions, article } = await getCandidate(context.review, analyst, stored.candidates[0].id);
    assert.equal(article.id, stored.article.id);
    // Earlier tests accepted incidents at the same site and night too: all come before the rest.
    assert.equal(suggestions.find((s) => s.reading.row.id === existing.row.id)?.reason, 'same_facility_same_night');
    assert.ok(suggestions.every((s, i) => i === 0 || s.reason !== 'same_facility_same_night' || suggestions[i - 1].reason === 'same_facility_same_night'));
    const merged = await mergeCandidate(context.review, analyst, stored.candidates[0].id, { incident_id: existing.row.id, incident_version: existing.row.version });
    assert.equal(merged.status, 'merged');
    const after = await getIncident(context.incidents, analyst, existing.row.id);
    assert.equal(after.row.sources.length, 2);
    assert.equal(after.row.version, existing.row.version + 1);
  });

  test('a stale incident version refuses the merge and leaves the candidate pending', async () => {
    const existing = await createIncident(context.incidents, analyst, incidentInput());
    const [stored] = await fresh(ARTICLE);
    await assert.rejects(mergeCandidate(context.review, analyst, stored.candidates[0].id, { incident_id: existing.row.id, incident_version: 7 }), { code: 'version_conflict' });
    assert.equal((await context.review.articles.findCandidate(stored.candidates[0].id))!.status, 'pending');
  });

  test('a rejection says why and can be undone; an acceptance cannot', async () => {
    const [stored] = await fresh(ARTICLE);
    const id = stored.candidates[0].id;
    const rejected = await rejectCandidate(context.review, analyst, id, { reason: 'opinion piece' });
    assert.equal(rejected.decision_reason, 'opinion piece');
    const reopened = await reopenCandidate(context.review, analyst, id, {});
    assert.equal(reopened.status, 'pending');
    assert.equal(reopened.decided_at, null);
    await acceptCandidate(context.review, analyst, id, { version: reopened.version });
    await assert.rejects(reopenCandidate(context.review, analyst, id, {}), { code: 'not_reversible', status: 409 });
  });

  test('reporters submit text but do not decide', async () => {
    const [stored] = await submitArticle(context.review, reporter, submission({ content: `${ARTICLE} reporter` }));
    await assert.rejects(acceptCandidate(context.review, reporter, stored.candidates[0].id, {}), { status: 403 });
    assert.equal((await context.review.articles.findCandidate(stored.candidates[0].id))!.status, 'pending');
  });
});
