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

  test('an answer past its maximum age is computed again, served once more meanwhile', async () => {
    const { state, ask } = harness({ maxAgeMs: 2000 });
    await ask('30 days');
    state.now = 2000;
    assert.equal(await ask('30 days'), '30 days@1#1');
    state.now = 2001;
    assert.equal(await ask('30 days'), '30 days@1#1', 'nothing is known to have changed: no request waits');
    assert.equal(state.computed, 2, 'one computation begun');
    assert.equal(await ask('30 days'), '30 days@1#2');
    assert.equal(state.computed, 2);
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

/** A computation the test finishes when it wants, to hold requests while it runs. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe('one computation per answer at a time, and the revision read once for many requests', () => {
  const analystB = { ...analyst, userId: 'user-2', redOfOrganisation: true };
  const supervisor = { ...analyst, redOfOrganisation: true };

  /** A cache whose computations wait on a gate; counts computations and revision reads. */
  function held(options: { revisionTtlMs?: number } = {}) {
    const state = { revision: 1, now: 0, computed: 0, reads: 0, gate: gate() };
    const cache = new IncidentReadCache({
      revision: async () => {
        state.reads += 1;
        return String(state.revision);
      },
      now: () => state.now,
      ...options,
    });
    const ask = (scope: ReadScope, whileComputing: 'wait' | 'previous' = 'previous') =>
      cache.get(
        scope,
        'map',
        async () => {
          state.computed += 1;
          const made = `map@${state.revision}`;
          await state.gate.opened;
          return made;
        },
        { whileComputing },
      );
    return { state, cache, ask };
  }

  test('after a change, the request that finds it waits for the map; the others are served the previous one meanwhile', async () => {
    const { state, ask } = held();
    state.gate.open();
    assert.equal(await ask(supervisor), 'map@1');
    state.revision = 2;
    state.gate = gate();
    const first = ask(supervisor);
    await new Promise((resolve) => setImmediate(resolve));
    const others = await Promise.all(Array.from({ length: 10 }, () => ask(analystB)));
    assert.deepEqual(new Set(others), new Set(['map@1']), 'served the previous map while it is counted again');
    assert.equal(state.computed, 2, 'one computation for all of them');
    state.gate.open();
    assert.equal(await first, 'map@2');
    assert.equal(await ask(analystB), 'map@2');
    assert.equal(state.computed, 2);
  });

  test('a list page after a change: every request waits on the one computation', async () => {
    const { state, ask } = held();
    state.gate.open();
    await ask(supervisor, 'wait');
    state.revision = 2;
    state.gate = gate();
    const waiting = Array.from({ length: 10 }, () => ask(analystB, 'wait'));
    await new Promise((resolve) => setImmediate(resolve));
    state.gate.open();
    assert.deepEqual(new Set(await Promise.all(waiting)), new Set(['map@2']));
    assert.equal(state.computed, 2);
  });

  test('a reader who wrote through this instance waits for the map with their change, others do not', async () => {
    const { state, cache, ask } = held();
    state.gate.open();
    await ask(supervisor);
    state.revision = 2;
    state.gate = gate();
    cache.written(analystB.userId);
    const writer = ask(analystB);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(await ask(supervisor), 'map@1', 'a reader who changed nothing is served the previous map');
    let settled = false;
    void writer.then(() => {
      settled = true;
    });
    const second = ask(analystB);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(settled, false, 'the writer is not served the map without their change');
    state.gate.open();
    assert.deepEqual([await writer, await second], ['map@2', 'map@2']);
    assert.equal(state.computed, 2);
  });

  test('a write through this instance makes every answer begun before it stale, even at the same revision', async () => {
    // A write's statement moves the revision before its commit: an answer computed in between has the
    // new revision without the new rows. `written`, called after the commit, drops it.
    const { state, cache, ask } = held();
    state.gate.open();
    await ask(supervisor, 'wait');
    cache.written();
    await ask(supervisor, 'wait');
    assert.equal(state.computed, 2);
  });

  test('concurrent requests read the revision once, and later ones within revisionTtlMs not at all', async () => {
    const { state, cache, ask } = held({ revisionTtlMs: 100 });
    state.gate.open();
    await Promise.all(Array.from({ length: 20 }, () => ask(supervisor)));
    assert.equal(state.reads, 1);
    state.now = 99;
    await ask(supervisor);
    assert.equal(state.reads, 1, 'within the while, the revision read is reused');
    cache.written();
    await ask(supervisor);
    assert.equal(state.reads, 2, 'a write through this instance: read again at once');
    state.revision = 2;
    state.now = 99 + 100;
    assert.equal(await ask(supervisor, 'wait'), 'map@2', "another instance's write shows once the while is over");
    assert.equal(state.reads, 3);
  });

  test('without revisionTtlMs, a settled revision read is never reused', async () => {
    const { state, ask } = held();
    state.gate.open();
    await ask(supervisor);
    state.revision = 2;
    assert.equal(await ask(supervisor, 'wait'), 'map@2');
    assert.equal(state.reads, 2);
  });

  test('many requests past the maximum age begin one computation', async () => {
    const { state, ask } = held();
    state.gate.open();
    await ask(supervisor);
    state.gate = gate();
    state.now = 2001;
    const served = await Promise.all(Array.from({ length: 10 }, () => ask(supervisor, 'wait')));
    assert.deepEqual(new Set(served), new Set(['map@1']));
    assert.equal(state.computed, 2);
    state.gate.open();
  });
});
