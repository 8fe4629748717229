import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SiteRisk } from '../../analysis/waves/site-risk.ts';
import type { StoredRanking } from '../../store/site-risk.repository.ts';
import { StoredRankingCache } from './stored-ranking.cache.ts';

const risk = (siteId: string, probability: number): SiteRisk => ({
  siteId,
  horizonHours: 72,
  expected: probability,
  background: probability,
  excitation: 0,
  probability,
  relativeRisk: 1,
  reasons: [],
});

/** A store holding one ranking per horizon, counting the whole-ranking reads. */
function fakeStore() {
  const stored = new Map<number, StoredRanking>();
  const reads: number[] = [];
  return {
    stored,
    reads,
    store(hours: number, at: number, items: SiteRisk[]) {
      stored.set(hours, { computedFor: new Date(at), computedAt: new Date(at + 1000), items });
    },
    version: async (hours: number) => {
      const r = stored.get(hours);
      return r && { computedFor: r.computedFor, computedAt: r.computedAt };
    },
    ranking: async (hours: number, limit: number) => {
      reads.push(hours);
      const r = stored.get(hours);
      return r && { ...r, items: r.items.slice(0, limit) };
    },
    readableIncidentIds: async () => new Set<string>(),
  };
}

test('decodes a ranking once, answers every page from it while it is current, and reads the next one the holder stores', async () => {
  const store = fakeStore();
  const cache = new StoredRankingCache(store);
  assert.equal(await cache.ranking(72, 5), undefined, 'nothing stored');
  store.store(72, 1_000_000, [risk('a', 0.3), risk('b', 0.2), risk('c', 0.1)]);
  await cache.warm([72, 168]);
  assert.deepEqual(store.reads, [72]);
  assert.deepEqual(
    (await cache.ranking(72, 2))!.items.map((item) => item.siteId),
    ['a', 'b'],
  );
  assert.deepEqual(
    (await cache.ranking(72, 300))!.items.map((item) => item.siteId),
    ['a', 'b', 'c'],
  );
  assert.deepEqual(store.reads, [72], 'pages cut from the ranking in memory');
  store.store(72, 2_000_000, [risk('c', 0.5), risk('a', 0.1)]);
  const next = await cache.ranking(72, 1);
  assert.deepEqual(
    next!.items.map((item) => item.siteId),
    ['c'],
  );
  assert.equal(next!.computedFor.getTime(), 2_000_000);
  assert.deepEqual(store.reads, [72, 72]);
  store.stored.delete(72);
  assert.equal(await cache.ranking(72, 1), undefined, 'a ranking removed from the store is not served from memory');
});
