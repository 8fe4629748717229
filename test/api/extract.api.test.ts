import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { VigieContext } from '../../src/context.ts';
import { signedInClient } from '../support/api-client.ts';
import { freshContext, TEST_STORE } from '../support/test-store.ts';

describe(`extract API on ${TEST_STORE}`, () => {
  let context: VigieContext;
  before(async () => { context = await freshContext(); });
  after(async () => { await context.close(); });

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
});
