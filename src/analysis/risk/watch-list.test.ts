import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SiteRisk } from '../waves/site-risk.ts';
import { coverRanking, type CampaignShapes } from './watch-list.ts';

const OWN = 0.02;
/** a site's forecast: its own (Hawkes) expected attacks plus what the campaigns add on average */
const risk = (siteId: string, added: number): SiteRisk => {
  const expected = OWN + added;
  return {
    siteId,
    horizonHours: 72,
    expected,
    background: OWN,
    excitation: added,
    probability: -Math.expm1(-expected),
    relativeRisk: expected / OWN,
    reasons: [],
  };
};
// a campaign that struck 8 sites: if it returns (0.6) each gets 0.5 attack, if it spreads (0.4) six
// new sites get 0.2 each
const struck = Array.from({ length: 8 }, (_, i) => `struck-${i}`);
const fresh = Array.from({ length: 6 }, (_, i) => `new-${i}`);
const shapes: CampaignShapes[] = [
  {
    campaignId: 'c1',
    label: 'DDPF',
    hypotheses: [
      { shape: 'return', weight: 0.6, expected: new Map(struck.map((id) => [id, 0.5])) },
      { shape: 'spread', weight: 0.4, expected: new Map(fresh.map((id, i) => [id, 0.2 - i * 0.01])) },
    ],
    evidence: [{ id: 'm1', siteId: 'struck-0', time: 0 }],
  },
];
const mean = (id: string) => shapes[0].hypotheses.reduce((sum, h) => sum + h.weight * (h.expected.get(id) ?? 0), 0);
const others = Array.from({ length: 20 }, (_, i) => `quiet-${i}`);
const ranked = [...struck, ...fresh, ...others]
  .map((id) => risk(id, mean(id)))
  .sort((a, b) => b.probability - a.probability);

/** P(at least one attack in the list) under the mixture, counted shape by shape (independent of the code). */
function coverage(list: readonly SiteRisk[]): number {
  const own = list.length * OWN;
  const none = shapes[0].hypotheses.reduce((sum, h) => {
    const held = list.reduce((s, r) => s + (h.expected.get(r.siteId) ?? 0), 0);
    return sum + h.weight * Math.exp(-own - held);
  }, 0);
  return 1 - none;
}

test('with no campaign the watch list is the ranking by each site’s own risk', () => {
  assert.deepEqual(
    coverRanking(ranked, [], 10).map((r) => r.siteId),
    ranked.map((r) => r.siteId),
  );
});

test('during a campaign the watch list covers its return and its spread: more likely to hold an attack than the ten likeliest sites', () => {
  const top = ranked.slice(0, 10);
  // the ten likeliest: its eight struck sites and two new ones
  assert.equal(top.filter((r) => r.siteId.startsWith('struck')).length, 8);
  const list = coverRanking(ranked, shapes, 10);
  const first = list.slice(0, 10);
  assert.ok(coverage(first) > coverage(top) + 0.05, `${coverage(first)} against ${coverage(top)}`);
  // fewer struck sites (once the return is covered, one more adds little), more new ones
  const held = first.filter((r) => r.siteId.startsWith('struck')).length;
  assert.ok(held >= 3 && held < 8, String(held));
  // no list of ten from these sites does better than the greedy one by more than a rounding
  for (let s = 0; s <= 8; s++) {
    const other = [
      ...ranked.filter((r) => r.siteId.startsWith('struck')).slice(0, s),
      ...ranked.filter((r) => r.siteId.startsWith('new')).slice(0, 10 - s),
    ];
    if (other.length === 10) assert.ok(coverage(other) <= coverage(first) + 1e-12, `${s}: ${coverage(other)}`);
  }
  // every site keeps its own numbers, and every site is still listed once
  for (const r of list) {
    const own = ranked.find((o) => o.siteId === r.siteId)!;
    assert.equal(r.expected, own.expected);
    assert.equal(r.probability, own.probability);
  }
  assert.deepEqual(list.map((r) => r.siteId).sort(), ranked.map((r) => r.siteId).sort());
});

test('a site in the list above its own rank says which shape it covers, of which campaign, and its own rank', () => {
  const list = coverRanking(ranked, shapes, 10);
  const entered = list.slice(0, 10).filter((r) => ranked.indexOf(ranked.find((o) => o.siteId === r.siteId)!) >= 10);
  assert.ok(entered.length > 0);
  for (const r of entered) {
    assert.equal(r.reasons[0].code, 'campaign_cover');
    assert.deepEqual(r.reasons[0].params, {
      campaign_id: 'c1',
      label: 'DDPF',
      shape: 'spread',
      share: 40,
      rank: ranked.findIndex((o) => o.siteId === r.siteId) + 1,
    });
    assert.deepEqual(r.reasons[0].evidence, shapes[0].evidence);
  }
  // the sites in the ten likeliest anyway carry no such reason
  for (const r of list.slice(0, 10))
    if (ranked.findIndex((o) => o.siteId === r.siteId) < 10)
      assert.ok(r.reasons.every((reason) => reason.code !== 'campaign_cover'));
});

test('a campaign of one shape leaves the ranking as it is', () => {
  const one: CampaignShapes[] = [{ ...shapes[0], hypotheses: [{ ...shapes[0].hypotheses[0], weight: 1 }] }];
  const only = [...struck, ...others].map((id) => risk(id, one[0].hypotheses[0].expected.get(id) ?? 0));
  assert.deepEqual(
    coverRanking(only, one, 10).map((r) => r.siteId),
    only.map((r) => r.siteId),
  );
});
