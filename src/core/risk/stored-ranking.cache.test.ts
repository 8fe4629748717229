import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SiteRisk } from '../../analysis/waves/site-risk.ts';
import type { StoredRanking } from '../../store/site-risk.repository.ts';
import { ACCESS_MAX_AGE_MS, StoredRankingCache } from './stored-ranking.cache.ts';

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
      return r && { computedFor: r.computedFor, computedAt: r.computedAt, incidentRevision: '1' };
    },
    ranking: async (hours: number, limit: number) => {
      reads.push(hours);
      const r = stored.get(hours);
      return r && { ...r, items: r.items.slice(0, limit) };
    },
    readableIncidentIds: async () => new Set<string>(),
    accessOf: async () => new Map(),
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

test("the reasons' evidence is checked by the access policy on fields read once per incident revision", async () => {
  const store = fakeStore();
  const evidence = ['green-y', 'amber-x', 'red-x-by-u1', 'strict-y', 'staff-x', 'gone'];
  store.store(72, 1_000_000, [
    {
      ...risk('a', 0.3),
      reasons: [
        {
          code: 'site_incidents',
          params: {},
          evidence: evidence.map((id) => ({ id, siteId: 'a', time: 0 })),
        },
      ],
    },
  ]);
  let revision = '7';
  const accessReads: string[][] = [];
  const records = new Map([
    ['green-y', { owner_org_id: 'Y', marking: 'GREEN', compartments: [], created_by: 'u9' }],
    ['amber-x', { owner_org_id: 'X', marking: 'AMBER', compartments: [], created_by: 'u9' }],
    ['red-x-by-u1', { owner_org_id: 'X', marking: 'RED', compartments: [], created_by: 'u1' }],
    ['strict-y', { owner_org_id: 'Y', marking: 'AMBER+STRICT', compartments: [], created_by: 'u9' }],
    ['staff-x', { owner_org_id: 'X', marking: 'GREEN', compartments: ['STAFF'], created_by: 'u9' }],
  ]);
  let clock = 0;
  const cache = new StoredRankingCache(
    {
      ...store,
      version: async (hours: number) => ({ ...(await store.version(hours))!, incidentRevision: revision }),
      accessOf: async (ids: readonly string[]) => {
        accessReads.push([...ids].sort());
        return new Map([...records].filter(([id]) => ids.includes(id)));
      },
    },
    () => clock,
  );
  const principal = (userId: string, role: 'analyst' | 'supervisor', org: string, compartments: 'STAFF'[] = []) => ({
    userId,
    username: userId,
    role,
    organisationId: org,
    compartments,
    sharedFrom: [],
  });
  const readable = async (who: ReturnType<typeof principal>) => {
    await cache.ranking(72, 20);
    return [...(await cache.readableEvidence(who, evidence))].sort();
  };
  // Written out by hand from the policy (docs/architecture.md, "One policy").
  assert.deepEqual(await readable(principal('u1', 'analyst', 'X')), ['amber-x', 'green-y', 'red-x-by-u1']);
  assert.deepEqual(await readable(principal('u2', 'analyst', 'X')), ['amber-x', 'green-y']);
  assert.deepEqual(await readable(principal('u3', 'supervisor', 'X', ['STAFF'])), [
    'amber-x',
    'green-y',
    'red-x-by-u1',
    'staff-x',
  ]);
  assert.deepEqual(await readable(principal('u4', 'analyst', 'Y')), ['green-y', 'strict-y']);
  assert.equal(accessReads.length, 1, 'one read of the access fields while no incident changed');
  assert.deepEqual(accessReads[0], [...evidence].sort(), 'the whole ranking’s evidence at once');
  // An incident changes (the GREEN record becomes RED): the next request reads the fields again.
  records.set('green-y', { owner_org_id: 'Y', marking: 'RED', compartments: [], created_by: 'u9' });
  revision = '8';
  assert.deepEqual(await readable(principal('u4', 'analyst', 'Y')), ['strict-y']);
  assert.deepEqual(await readable(principal('u2', 'analyst', 'X')), ['amber-x']);
  assert.equal(accessReads.length, 2);
  // Without a change of revision, the fields are read again once they are ACCESS_MAX_AGE_MS old.
  clock = ACCESS_MAX_AGE_MS + 1;
  await readable(principal('u2', 'analyst', 'X'));
  assert.equal(accessReads.length, 3);
});
