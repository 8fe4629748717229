import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { signedInClient } from '../support/api-client.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

// The 600,000-character text below takes about 0.6 s of CPU; on a machine loaded by a whole CI run it once
// took more than the default 10 s budget. This file is about the event loop, not the budget (extraction-pool.test.ts).
process.env.VIGIE_EXTRACT_BUDGET_MS = '60000';

describe(`extract API on ${TEST_STORE}`, () => {
  let context: VigieContext;
  before(async () => {
    context = await freshContext();
  });
  after(async () => {
    await context.close();
  });

  test('returns candidates with evidence offsets into the text, and stores nothing', async () => {
    const api = await signedInClient(context);
    const text = 'Gunmen fired military-grade weapons at the entrance of Toulon prison on the night of 14 to 15 April.';
    const response = await api.post('/api/extract', { text, published: '2025-04-16' });
    assert.equal(response.status, 200, response.text);
    const [item] = response.json.items;
    assert.equal(item.language, 'en');
    const [candidate] = item.candidates;
    assert.equal(candidate.draft.facility, 'fr-toulon-la-farlede-cp');
    const where = candidate.evidence.find((e: { field: string }) => e.field === 'facility');
    assert.equal(text.slice(where.start, where.end), where.quote);
    const listed = await api.get('/api/incidents');
    assert.equal(listed.json.items.length, 0);
  });

  test('refuses bad input naming the field, and reporters', async () => {
    const api = await signedInClient(context);
    const bad = await api.post('/api/extract', { text: 'x', language: 'de', published: 'soon' });
    assert.equal(bad.status, 400);
    const paths = bad.json.error.details.map((d: { path: string }) => d.path).sort();
    assert.deepEqual(paths, ['language', 'published']);
    const reporter = await signedInClient(context, { role: 'reporter' });
    assert.equal((await reporter.post('/api/extract', { text: 'Shots at Toulon prison.' })).status, 403);
  });

  test('keeps answering /api/health while a long text is read, and refuses a text past the size budget naming it', async () => {
    const api = await signedInClient(context);
    // About 600,000 characters of short reports: long enough that reading it on the event loop would hold the server.
    const report =
      "Dans la nuit de lundi à mardi, trois voitures de surveillants ont brûlé sur le parking de la maison d'arrêt de Nîmes. " +
      'Le lendemain, un tag "DDPF" a été peint sur le portail du centre pénitentiaire de Valence (Drôme).\n';
    const text = report.repeat(Math.ceil(600_000 / report.length));
    const started = performance.now();
    let finished = 0;
    const extraction = api.post('/api/extract', { text, published: '2025-04-16' }).then((response) => {
      finished = performance.now();
      return response;
    });
    const latencies: number[] = [];
    while (!finished) {
      const asked = performance.now();
      const health = await api.get('/api/health');
      assert.equal(health.status, 200);
      if (!finished) latencies.push(performance.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const response = await extraction;
    assert.equal(response.status, 200, response.text.slice(0, 300));
    const duration = finished - started;
    // Compared with the extraction's own duration, not a wall-clock threshold: on the event loop, a
    // health check asked during the extraction waits for all of it (one answer at most, after it).
    // On a loaded machine one check may wait on the body's parsing or a collection: the typical wait
    // (the median) is the measure, the longest only has to stay well short of the whole.
    assert.ok(
      latencies.length >= 3,
      `only ${latencies.length} health checks were answered during a ${Math.round(duration)} ms extraction`,
    );
    const sorted = [...latencies].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    assert.ok(
      median < duration / 10 && sorted.at(-1)! < duration / 2,
      `health waited ${Math.round(median)} ms (median), ${Math.round(sorted.at(-1)!)} ms (longest) during a ${Math.round(duration)} ms extraction`,
    );

    const tooLong = await api.post('/api/extract', { text: 'a'.repeat(1_000_001) });
    assert.equal(tooLong.status, 413, tooLong.text.slice(0, 300));
    assert.equal(tooLong.json.error.code, 'text_too_large');
    assert.deepEqual(
      tooLong.json.error.details.map((d: { path: string }) => d.path),
      ['text'],
    );
  });
});
