import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReadScope } from '../shared/principal.ts';
import { IncidentReadCache, scopeKey } from './incident-read-cache.ts';

const analyst: ReadScope = {
  all: false,
  organisationId: 'org-a',
  userId: 'user-1',
  compartments: [],
  amberOwners: ['org-a'],
  redOfOrganisation: false,
};

/** A cache over a revision and a clock the test moves, counting the computations. */
function harness(options: { maxEntries?: number; maxAgeMs?: number } = {}) {
  const state = { revision: 1, now: 0, computed: 0 };
  const cache = new IncidentReadCache({
    revision: async () => String(state.revision),
    now: () => state.now,
    ...options,
  });
  const ask = (question: string, scope = analyst) =>
    cache.get(scope, question, async () => {
      state.computed += 1;
      return `${question}@${state.revision}#${state.computed}`;
    });
  return { state, ask };
}

describe('answers kept per reader scope until the incidents change', () => {
  test('serves a kept answer while the revision stands, and computes again when it moves', async () => {
    const { state, ask } = harness();
    assert.equal(await ask('30 days'), '30 days@1#1');
    assert.equal(await ask('30 days'), '30 days@1#1');
    state.revision = 2;
    assert.equal(await ask('30 days'), '30 days@2#2');
  });

  test('no answer outlives its maximum age, even when the revision did not move', async () => {
    const { state, ask } = harness({ maxAgeMs: 2000 });
    await ask('30 days');
    state.now = 2000;
    assert.equal(await ask('30 days'), '30 days@1#1');
    state.now = 2001;
    assert.equal(await ask('30 days'), '30 days@1#2');
  });

  test('concurrent requests for one answer share one computation', async () => {
    const { state, ask } = harness();
    const answers = await Promise.all(Array.from({ length: 20 }, () => ask('a year')));
    assert.equal(new Set(answers).size, 1);
    assert.equal(state.computed, 1);
  });

  test('readers who may see different records never share an answer', async () => {
    const { ask } = harness();
    const partner = { ...analyst, organisationId: 'org-b', amberOwners: ['org-b'] };
    const staff = { ...analyst, compartments: ['STAFF'] };
    const colleague = { ...analyst, userId: 'user-2' };
    const answers = await Promise.all([ask('q', analyst), ask('q', partner), ask('q', staff), ask('q', colleague)]);
    assert.equal(new Set(answers).size, 4, 'a reader who sees only their own RED records is a scope of their own');
    const supervisors = [
      { ...analyst, redOfOrganisation: true },
      { ...analyst, redOfOrganisation: true, userId: 'user-2' },
    ];
    assert.equal(
      scopeKey(supervisors[0]),
      scopeKey(supervisors[1]),
      'readers of every RED record of their organisation share',
    );
    assert.notEqual(scopeKey({ ...analyst, all: true }), scopeKey(analyst));
  });

  test('keeps at most maxEntries answers, dropping the least recently used', async () => {
    const { state, ask } = harness({ maxEntries: 2 });
    await ask('a');
    await ask('b');
    await ask('a');
    await ask('c');
    assert.equal(state.computed, 3);
    await ask('a');
    assert.equal(state.computed, 3, 'a, used last, stayed');
    await ask('b');
    assert.equal(state.computed, 4, 'b, least recently used, went');
  });

  test('a failed computation is not kept', async () => {
    const { state } = harness();
    const cache = new IncidentReadCache({ revision: async () => String(state.revision) });
    await assert.rejects(
      cache.get(analyst, 'q', async () => {
        throw new Error('store down');
      }),
      /store down/,
    );
    assert.equal(await cache.get(analyst, 'q', async () => 'fine'), 'fine');
  });

  test('what is built from a kept answer is built once while the answer is kept, and again when it is not', async () => {
    const state = { revision: 1, built: 0 };
    const cache = new IncidentReadCache({ revision: async () => String(state.revision) });
    const answer = () => cache.get(analyst, 'page', async () => ({ rows: [state.revision] }));
    const present = async () => {
      const kept = await answer();
      return cache.derive(kept, 'json', () => {
        state.built += 1;
        return JSON.stringify(kept.rows);
      });
    };
    assert.deepEqual([await present(), await present(), state.built], ['[1]', '[1]', 1]);
    state.revision = 2;
    assert.deepEqual([await present(), state.built], ['[2]', 2]);
    const kept = await answer();
    assert.equal(
      cache.derive(kept, 'other view', () => 'another'),
      'another',
      'each name is built on its own',
    );
  });
});
