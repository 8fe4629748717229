import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../context.ts';
import { SYSTEM_PRINCIPAL, type Principal } from '../shared/principal.ts';
import { createIncident, getIncident } from '../incident/incident.service.ts';
import type { Caller } from '../shared/caller.ts';
import { acceptCandidate, mergeCandidate, rejectCandidate, reopenCandidate } from './review-decision.service.ts';
import { articleSubmissionSchema } from './review.schema.ts';
import { getCandidate, listQueue, submitArticle } from './review.service.ts';
import { fakeExtractor } from '../../../test/support/extraction-factory.ts';
import { incidentInput } from '../../../test/support/factories.ts';
import { freshContext, TEST_STORE } from '../../../test/support/test-store.ts';

const ARTICLE = 'Des tirs ont visé la prison de Toulon dans la nuit de lundi à mardi. Le tag DDPF a été retrouvé.';
const submission = (overrides: Record<string, unknown> = {}) =>
  articleSubmissionSchema.parse({
    content: ARTICLE,
    published: '2025-04-15',
    reliability: 'B',
    credibility: 2,
    ...overrides,
  });

describe(`review queue on ${TEST_STORE}`, () => {
  let context: VigieContext;
  let analyst: Caller;
  let reporter: Caller;
  let counter = 0;
  const fresh = (text: string) =>
    submitArticle(context.review, analyst, submission({ content: `${text} ${(counter += 1)}` }));

  before(async () => {
    context = await freshContext();
    context.review.extract = fakeExtractor();
    const principal = (role: Principal['role']): Principal => ({
      userId: `00000000-0000-4000-8000-00000000000${role === 'analyst' ? 'a' : 'b'}`,
      username: role,
      role,
      organisationId: SYSTEM_PRINCIPAL.organisationId,
      compartments: [],
      sharedFrom: [],
    });
    analyst = { principal: principal('analyst') };
    reporter = { principal: principal('reporter') };
  });
  after(async () => {
    await context.close();
  });

  test('stores an article once: the same text or the same URL returns the stored one', async () => {
    const [first] = await submitArticle(context.review, analyst, submission({ url: 'https://example.org/a' }));
    assert.equal(first.duplicate, false);
    assert.equal(first.candidates.length, 1);
    const [sameText] = await submitArticle(
      context.review,
      analyst,
      submission({ content: `  ${ARTICLE.toUpperCase()}\n` }),
    );
    assert.equal(sameText.duplicate, true);
    assert.equal(sameText.article.id, first.article.id);
    const [sameUrl] = await submitArticle(
      context.review,
      analyst,
      submission({ content: 'another text entirely', url: 'https://example.org/a' }),
    );
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
    assert.deepEqual(incident.row.sources, [
      {
        kind: 'press',
        published_at: '2025-04-15',
        reliability: 'B',
        credibility: 2,
        graded_by: 'source',
        article_id: stored.article.id,
        candidate_id: candidate.id,
      },
    ]);
    await assert.rejects(acceptCandidate(context.review, analyst, candidate.id, {}), {
      code: 'already_decided',
      status: 409,
    });
    const audit = await context.audit.recent(10, undefined, { object_id: candidate.id });
    assert.deepEqual(
      audit.map((event) => event.action),
      ['review.accept'],
    );
  });

  test('accepts an edited draft, and names the bad field of one', async () => {
    const [stored] = await fresh(ARTICLE);
    const draft = { ...stored.candidates[0].draft, event_types: ['vehicle_arson'] };
    await assert.rejects(
      acceptCandidate(context.review, analyst, stored.candidates[0].id, { draft: { ...draft, facility: 'Atlantis' } }),
      (error: { status: number; details: Array<{ path: string }> }) =>
        error.status === 400 && error.details[0].path === 'draft.facility',
    );
    const decided = await acceptCandidate(context.review, analyst, stored.candidates[0].id, { draft });
    assert.deepEqual((await getIncident(context.incidents, analyst, decided.result_id!)).row.event_types, [
      'vehicle_arson',
    ]);
  });

  test('offers the incident of the same facility and night first, and merging adds the article as a source', async () => {
    const existing = await createIncident(context.incidents, analyst, incidentInput({ marking: 'GREEN' }));
    await createIncident(
      context.incidents,
      analyst,
      incidentInput({ facility: 'fr-marseille-cp', occurred: { date: '2025-04-15' } }),
    );
    const [stored] = await fresh(ARTICLE);
    const { suggestions, article } = await getCandidate(context.review, analyst, stored.candidates[0].id);
    assert.equal(article.id, stored.article.id);
    // Earlier tests accepted incidents at the same site and night too: all come before the rest.
    assert.equal(suggestions.find((s) => s.reading.row.id === existing.row.id)?.reason, 'same_facility_same_night');
    assert.ok(
      suggestions.every(
        (s, i) =>
          i === 0 ||
          s.reason !== 'same_facility_same_night' ||
          suggestions[i - 1].reason === 'same_facility_same_night',
      ),
    );
    const merged = await mergeCandidate(context.review, analyst, stored.candidates[0].id, {
      incident_id: existing.row.id,
      incident_version: existing.row.version,
    });
    assert.equal(merged.status, 'merged');
    const after = await getIncident(context.incidents, analyst, existing.row.id);
    assert.equal(after.row.sources.length, 2);
    assert.equal(after.row.version, existing.row.version + 1);
  });

  test('a stale incident version refuses the merge and leaves the candidate pending', async () => {
    const existing = await createIncident(context.incidents, analyst, incidentInput());
    const [stored] = await fresh(ARTICLE);
    await assert.rejects(
      mergeCandidate(context.review, analyst, stored.candidates[0].id, {
        incident_id: existing.row.id,
        incident_version: 7,
      }),
      { code: 'version_conflict' },
    );
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

  test('the incident keeps its article as a source: title, address, outlet, date, and the stored article and candidate', async () => {
    const [stored] = await submitArticle(
      context.review,
      analyst,
      submission({
        content: `${ARTICLE} keeps`,
        title: 'Tirs sur la prison de Toulon',
        url: 'https://www.varmatin.com/faits-divers/tirs-toulon',
        outlet: 'Var-Matin',
        reliability: undefined,
        credibility: undefined,
      }),
    );
    assert.equal(stored.article.outlet, 'Var-Matin');
    const decided = await acceptCandidate(context.review, analyst, stored.candidates[0].id, {});
    const [source] = (await getIncident(context.incidents, analyst, decided.result_id!)).row.sources;
    assert.deepEqual(source, {
      kind: 'press',
      title: 'Tirs sur la prison de Toulon',
      url: 'https://www.varmatin.com/faits-divers/tirs-toulon',
      outlet: 'Var-Matin',
      published_at: '2025-04-15',
      reliability: 'C',
      credibility: 3,
      graded_by: 'register',
      article_id: stored.article.id,
      candidate_id: stored.candidates[0].id,
    });
  });

  test("an article without a grade takes its outlet's from the register: a national daily is B, never F6; an unknown outlet is F", async () => {
    const grade = async (outlet: string | undefined, url?: string) => {
      const [stored] = await submitArticle(
        context.review,
        analyst,
        submission({
          content: `${ARTICLE} ${outlet} ${url}`,
          outlet,
          url,
          reliability: undefined,
          credibility: undefined,
        }),
      );
      const decided = await acceptCandidate(context.review, analyst, stored.candidates[0].id, {});
      const [source] = (await getIncident(context.incidents, analyst, decided.result_id!)).row.sources;
      return `${source.reliability}${source.credibility} ${source.kind}`;
    };
    assert.equal(await grade('Le Monde'), 'B3 press');
    assert.equal(await grade('le figaro'), 'B3 press');
    assert.equal(await grade('AFP'), 'B3 press');
    assert.equal(
      await grade(undefined, 'https://www.leparisien.fr/faits-divers/x.php'),
      'B3 press',
      "found by the address's domain",
    );
    assert.equal(await grade('Ministère de la Justice'), 'A2 official');
    assert.equal(await grade('UFAP-UNSa Justice'), 'C3 other');
    assert.equal(await grade('La Gazette du Plateau'), 'F6 press');
  });

  test("the analyst's grade at accept overrides the register and the article's own", async () => {
    const [stored] = await submitArticle(
      context.review,
      analyst,
      submission({ content: `${ARTICLE} graded`, outlet: 'Le Monde' }),
    );
    const decided = await acceptCandidate(context.review, analyst, stored.candidates[0].id, { grade: 'A1' });
    const [source] = (await getIncident(context.incidents, analyst, decided.result_id!)).row.sources;
    assert.equal(`${source.reliability}${source.credibility}`, 'A1');
    assert.equal(source.graded_by, 'analyst');
    const [audit] = await context.audit.recent(1, undefined, { object_id: stored.candidates[0].id });
    assert.deepEqual((audit.details as { grade: unknown }).grade, {
      grade: 'A1',
      graded_by: 'analyst',
      outlet: 'Le Monde',
    });
  });

  test('a merge never drops a source: two untitled articles without address on the same date are two sources', async () => {
    const existing = await createIncident(context.incidents, analyst, incidentInput({ sources: [] }));
    for (const text of ['Première dépêche sans titre.', 'Seconde dépêche sans titre, autre texte.']) {
      const [stored] = await submitArticle(context.review, analyst, submission({ content: `${ARTICLE} ${text}` }));
      const current = await getIncident(context.incidents, analyst, existing.row.id);
      await mergeCandidate(context.review, analyst, stored.candidates[0].id, {
        incident_id: existing.row.id,
        incident_version: current.row.version,
      });
    }
    const after = await getIncident(context.incidents, analyst, existing.row.id);
    assert.equal(after.row.sources.length, 2);
    assert.notEqual(after.row.sources[0].article_id, after.row.sources[1].article_id);
  });

  test('independent outlets reporting the same act raise its credibility: 3 alone, 2 with two outlets, 1 with three; each source stays', async () => {
    const report = (outlet: string) =>
      submitArticle(
        context.review,
        analyst,
        submission({
          content: `${ARTICLE} corroborated by ${outlet}`,
          outlet,
          reliability: undefined,
          credibility: undefined,
        }),
      );
    const [first] = await report('Var-Matin');
    const created = await acceptCandidate(context.review, analyst, first.candidates[0].id, {});
    const credibilities = async () =>
      (await getIncident(context.incidents, analyst, created.result_id!)).row.sources.map(
        (s) => `${s.outlet}:${s.reliability}${s.credibility}`,
      );
    assert.deepEqual(await credibilities(), ['Var-Matin:C3']);
    const [second] = await report('Le Monde');
    await mergeCandidate(context.review, analyst, second.candidates[0].id, { incident_id: created.result_id! });
    assert.deepEqual(await credibilities(), ['Var-Matin:C2', 'Le Monde:B2']);
    const [same] = await report('lemonde.fr');
    await mergeCandidate(context.review, analyst, same.candidates[0].id, { incident_id: created.result_id! });
    assert.deepEqual(
      await credibilities(),
      ['Var-Matin:C2', 'Le Monde:B2', 'Le Monde:B2'],
      'the same outlet twice is not independent',
    );
    const [third] = await report('AFP');
    await mergeCandidate(context.review, analyst, third.candidates[0].id, { incident_id: created.result_id! });
    const sources = (await getIncident(context.incidents, analyst, created.result_id!)).row.sources;
    assert.deepEqual(
      sources.map((s) => `${s.outlet}:${s.reliability}${s.credibility}`),
      ['Var-Matin:C1', 'Le Monde:B1', 'Le Monde:B1', 'AFP:B1'],
    );
    assert.deepEqual(
      sources.map((s) => [s.reported_credibility, s.corroborating_outlets]),
      [
        [3, 3],
        [3, 3],
        [3, 3],
        [3, 3],
      ],
    );
  });

  test('reporters submit text but do not decide', async () => {
    const [stored] = await submitArticle(context.review, reporter, submission({ content: `${ARTICLE} reporter` }));
    await assert.rejects(acceptCandidate(context.review, reporter, stored.candidates[0].id, {}), { status: 403 });
    assert.equal((await context.review.articles.findCandidate(stored.candidates[0].id))!.status, 'pending');
  });
});
