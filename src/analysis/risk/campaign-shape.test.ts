import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisSite } from '../types.ts';
import { syntheticIncident } from '../waves/synthetic.ts';
import { campaignPressure } from './campaign-pressure.ts';
import { reasonsForReader } from './risk-reason.ts';
import { campaignActs, campaignSpreads, newSiteRun, spreadBelief } from './campaign-shape.ts';

const HOUR = 3_600_000;
const now = Date.UTC(2025, 3, 20, 6);
/** a campaign spreads after this many new sites in a row (the runtime's default may be off) */
const SPREAD_AFTER = 4;
// invented prisons in one directorate, 20 km apart along a line, all of one kind
const sites: AnalysisSite[] = Array.from({ length: SPREAD_AFTER + 4 }, (_, i) => ({
  id: `p${i}`,
  lat: 45,
  lon: 4 + i * 0.25,
  department: '69',
  directorate: 'DISP-LYON',
  kind: 'maison_arret',
}));
const act = (site: number, hoursAgo: number) =>
  syntheticIncident(sites[site], now - hoursAgo * HOUR, { id: `a-${site}-${hoursAgo}`, eventTypes: ['vehicle_arson'] });
/** a campaign striking sites p0, p1 ... one a night, each new */
const onward = (count: number) => Array.from({ length: count }, (_, i) => act(i, (count - i) * 24));

test("a campaign's acts read as returns or new sites, and its latest run of new sites", () => {
  // p0, p0 again an hour later (the same night: neither), p1, p0 two nights later (a return), p2
  const members = [act(0, 96), act(0, 95), act(1, 72), act(0, 48), act(2, 24)];
  assert.deepEqual(campaignActs(members), [false, true, false]);
  assert.equal(newSiteRun(members), 1);
  assert.equal(newSiteRun(onward(5)), 4);
  assert.equal(campaignSpreads(onward(SPREAD_AFTER + 1), SPREAD_AFTER), true);
  assert.equal(campaignSpreads(onward(SPREAD_AFTER), SPREAD_AFTER), false, 'one act short');
  assert.equal(campaignSpreads(onward(SPREAD_AFTER + 1), Infinity), false, 'never, when switched off');
});

test('a campaign that spreads is expected at new sites, the busiest first; one that returns, at its own', () => {
  const struck = SPREAD_AFTER + 1;
  // the unstruck sites: the farthest one is attacked three times as often as the others on usual nights
  const siteRates = new Map(sites.slice(struck).map((site, i) => [site.id, i === 2 ? 0.06 : 0.02]));
  const shares = (members: ReturnType<typeof onward>) =>
    campaignPressure([{ id: 'c', label: 'XYZ', members }], sites, now, 72, {
      siteRates,
      proximity: 0,
      spreadAfter: SPREAD_AFTER,
      spreadExposure: 1,
    });
  const spreading = shares(onward(struck));
  for (let i = 0; i < struck; i++) assert.equal(spreading.has(`p${i}`), false, `p${i} is struck: nothing back`);
  const busiest = spreading.get(`p${struck + 2}`)!;
  assert.ok(busiest.expected > spreading.get(`p${struck}`)!.expected, 'the busiest new site first');
  assert.ok((busiest.reasons[0].params.traits as string[]).includes('spreading'));
  // the same campaign, whose last act went back to p0: it returns, and its struck sites get most
  const returning = shares([...onward(struck), act(0, 2)]);
  assert.ok(returning.get('p0')!.expected > returning.get(`p${struck + 2}`)!.expected);
  assert.deepEqual(returning.get('p0')!.reasons[0].params.traits, ['struck']);
  const total = (map: ReturnType<typeof shares>) => [...map.values()].reduce((sum, share) => sum + share.expected, 0);
  assert.ok(total(spreading) > 0 && total(returning) > total(spreading), 'one act more, more to come');
});

test('the belief that a campaign spreads grows with each new site and falls at its first return', () => {
  assert.equal(spreadBelief(onward(6), 0), 0, 'off when the prior is 0');
  const early = spreadBelief(onward(2), 0.3);
  const late = spreadBelief(onward(7), 0.3);
  assert.ok(early > 0.3 && late > early && late > 0.5, `${early} ${late}`);
  // the same campaign, whose last act went back to p0 two nights after striking it
  const back = spreadBelief([...onward(7), act(0, 2)], 0.3);
  assert.ok(back < 0.3, `one return makes it a returning campaign: ${back}`);
});

test('a campaign believed to spread sends its attacks to the busiest unstruck sites anywhere, and says so', () => {
  const struck = 5;
  // a far prison, in no directorate of the campaign and 400 km from its sites, attacked most on usual nights
  const far: AnalysisSite = {
    id: 'far',
    lat: 48.6,
    lon: 2.4,
    department: '91',
    directorate: 'DISP-PARIS',
    kind: 'maison_arret',
  };
  const all = [...sites, far];
  const siteRates = new Map(all.map((site) => [site.id, site.id === 'far' ? 0.2 : 0.02]));
  const shares = (members: ReturnType<typeof onward>, spreadPrior: number) =>
    campaignPressure([{ id: 'c', label: 'XYZ', members }], all, now, 72, { siteRates, spreadPrior });
  const off = shares(onward(struck), 0);
  assert.equal(off.has('far'), false, 'without the belief, a site like none struck gets nothing');
  assert.ok(off.get('p0')!.expected > 0, 'and the struck sites get the re-strike');
  const on = shares(onward(struck), 0.3);
  const farShare = on.get('far')!;
  assert.ok(farShare.expected > on.get(`p${struck}`)!.expected, 'the busiest new site first, wherever it is');
  assert.ok(on.get('p0')!.expected < off.get('p0')!.expected, 'less is expected back');
  assert.deepEqual(farShare.reasons[0].params.traits, ['new_sites', 'often_attacked']);
  assert.equal(farShare.reasons[0].params.new_site_share, Math.round(100 * spreadBelief(onward(struck), 0.3)));
  // a reader who may read none of the campaign's acts is told only of recent activity, not its share
  assert.deepEqual(
    reasonsForReader(farShare.reasons, () => false, now),
    [{ code: 'recent_activity', params: {} }],
  );
  const total = (map: ReturnType<typeof shares>) => [...map.values()].reduce((sum, part) => sum + part.expected, 0);
  assert.ok(Math.abs(total(on) - total(off)) < 1e-9, 'the campaign expects as many attacks either way');
  // a returning campaign keeps its shape
  const back = shares([...onward(struck), act(0, 2)], 0.3);
  assert.ok(back.get('p0')!.expected > (back.get('far')?.expected ?? 0));
});
