import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisSite } from '../types.ts';
import { syntheticIncident } from '../waves/synthetic.ts';
import type { SiteRisk } from '../waves/site-risk.ts';
import {
  campaignPressure,
  campaignShapes,
  learnedRestrike,
  RESTRIKE_SHARE,
  withCampaigns,
} from './campaign-pressure.ts';

const HOUR = 3_600_000;
const now = Date.UTC(2025, 3, 15, 6);
const sites: AnalysisSite[] = [
  {
    id: 'toulon',
    lat: 43.13,
    lon: 6.02,
    department: '83',
    directorate: 'DISP-MARSEILLE',
    kind: 'centre_penitentiaire',
  },
  { id: 'aix', lat: 43.52, lon: 5.45, department: '13', directorate: 'DISP-MARSEILLE', kind: 'centre_penitentiaire' },
  {
    id: 'tarascon',
    lat: 43.8,
    lon: 4.66,
    department: '13',
    directorate: 'DISP-MARSEILLE',
    kind: 'centre_penitentiaire',
  },
  { id: 'nimes', lat: 43.84, lon: 4.36, department: '30', directorate: 'DISP-TOULOUSE', kind: 'maison_arret' },
  { id: 'lille', lat: 50.6, lon: 3.0, department: '59', directorate: 'DISP-LILLE', kind: 'maison_arret' },
];
const member = (site: number, hoursAgo: number) =>
  syntheticIncident(sites[site], now - hoursAgo * HOUR, {
    id: `m-${site}-${hoursAgo}`,
    eventTypes: ['vehicle_arson'],
    targetKinds: ['staff_vehicle'],
  });
const campaign = { id: 'c1', label: 'DDPF', members: [member(0, 30), member(1, 8)] };

test('an active campaign weighs most on the unstruck sites most like those it struck, and names itself', () => {
  const shares = campaignPressure([campaign], sites, now, 72);
  const tarascon = shares.get('tarascon')!,
    nimes = shares.get('nimes')!;
  assert.ok(tarascon.expected > nimes.expected && nimes.expected > 0, `${tarascon.expected} ${nimes.expected}`);
  // Lille shares nothing with Toulon and Aix (another directorate, 700 km away, another kind)
  assert.equal(shares.has('lille'), false);
  assert.deepEqual(tarascon.reasons[0].params, {
    campaign_id: 'c1',
    label: 'DDPF',
    sites: 2,
    incidents: 2,
    traits: ['directorate', 'kind', 'within_reach'],
  });
  assert.deepEqual(nimes.reasons[0].params.traits, ['neighbour_directorate', 'within_reach']);
  assert.equal(tarascon.reasons[0].evidence!.length, 2);
  // the shares add up to the campaign's expected further attacks: offspring × momentum × (1 − e^{−βH})
  const total = [...shares.values()].reduce((sum, share) => sum + share.expected, 0);
  const momentum = Math.exp((-0.2 * 30) / 24) + Math.exp((-0.2 * 8) / 24);
  assert.ok(Math.abs(total - momentum * (1 - Math.exp(-0.6))) < 1e-9);
});

test('a share of the campaign goes back to the sites it struck, the most recently struck first; the rest to the sites not struck', () => {
  const shares = campaignPressure([campaign], sites, now, 72);
  const toulon = shares.get('toulon')!,
    aix = shares.get('aix')!;
  // Aix was struck 8 h ago, Toulon 30 h ago: each by its recency, e^{−β age}
  const recency = [Math.exp((-0.2 * 30) / 24), Math.exp((-0.2 * 8) / 24)];
  const total = (recency[0] + recency[1]) * (1 - Math.exp(-0.6));
  assert.ok(
    Math.abs(aix.expected - (total * RESTRIKE_SHARE * recency[1]) / (recency[0] + recency[1])) < 1e-9,
    String(aix.expected),
  );
  assert.ok(
    Math.abs(toulon.expected - (total * RESTRIKE_SHARE * recency[0]) / (recency[0] + recency[1])) < 1e-9,
    String(toulon.expected),
  );
  assert.deepEqual(aix.reasons[0].params.traits, ['struck']);
  const unstruck = ['tarascon', 'nimes'].reduce((sum, id) => sum + shares.get(id)!.expected, 0);
  assert.ok(Math.abs(unstruck - total * (1 - RESTRIKE_SHARE)) < 1e-9, String(unstruck));
  // the share is a parameter: all of it to the struck sites, or none
  assert.equal(campaignPressure([campaign], sites, now, 72, { restrike: 1 }).has('tarascon'), false);
  assert.equal(campaignPressure([campaign], sites, now, 72, { restrike: 0 }).has('aix'), false);
});

test('with no site like those struck, the whole campaign goes back to the struck sites', () => {
  const far: AnalysisSite[] = [
    sites[0],
    sites[1],
    { id: 'lille', lat: 50.6, lon: 3.0, department: '59', directorate: 'DISP-LILLE', kind: 'maison_arret' },
  ];
  const shares = campaignPressure([campaign], far, now, 72);
  const total = (Math.exp((-0.2 * 30) / 24) + Math.exp((-0.2 * 8) / 24)) * (1 - Math.exp(-0.6));
  assert.ok(Math.abs(shares.get('toulon')!.expected + shares.get('aix')!.expected - total) < 1e-9);
  assert.equal(shares.has('lille'), false);
});

test('a site of the same kind far from the campaign, in a directorate it never struck, is not among the most like its sites', () => {
  const rennes: AnalysisSite = {
    id: 'rennes',
    lat: 48.11,
    lon: -1.68,
    department: '35',
    directorate: 'DISP-RENNES',
    kind: 'centre_penitentiaire',
  };
  const shares = campaignPressure([campaign], [...sites, rennes], now, 72);
  assert.equal(shares.has('rennes'), false);
  assert.ok(shares.get('tarascon')!.expected > 0);
});

test('a campaign of one site, or quiet for more than a week, adds nothing', () => {
  assert.equal(campaignPressure([{ ...campaign, members: [member(0, 30), member(0, 8)] }], sites, now, 72).size, 0);
  assert.equal(campaignPressure([campaign], sites, now + 8 * 24 * HOUR, 72).size, 0);
  // members after the instant forecast from are not known yet
  assert.equal(campaignPressure([campaign], sites, now - 20 * HOUR, 72).size, 0);
});

test('withCampaigns adds the share to the forecast and ranks again, the campaign reason first', () => {
  const base = (siteId: string, expected: number): SiteRisk => ({
    siteId,
    horizonHours: 72,
    expected,
    background: expected,
    excitation: 0,
    probability: -Math.expm1(-expected),
    relativeRisk: 1,
    reasons: [{ code: 'usual_rates', params: { expected, hours: 72 } }],
  });
  const ranked = withCampaigns(
    [base('lille', 0.2), base('tarascon', 0.1)],
    campaignPressure([campaign], sites, now, 72),
  );
  assert.equal(ranked[0].siteId, 'tarascon');
  assert.equal(ranked[0].reasons[0].code, 'campaign');
  assert.ok(ranked[0].relativeRisk > 1);
});

test('a campaign that strikes in pockets raises the sites next to its own above the rest of its ground', () => {
  // Toulon and Aix struck (70 km apart); Tarascon 70 km from Aix, an invented prison 95 km east of Toulon,
  // both in the same directorate, of the same kind, within the campaign's reach
  const east: AnalysisSite = { ...sites[0], id: 'east', lon: 7.2 };
  const all = [...sites, east];
  const near = (options = {}) => {
    const shares = campaignPressure([campaign], all, now, 72, options);
    return { tarascon: shares.get('tarascon')!.expected, east: shares.get('east')!.expected };
  };
  const flat = near({ proximity: 0 });
  assert.ok(Math.abs(flat.tarascon - flat.east) < 1e-12, 'without proximity the two weigh alike');
  const pockets = near({ proximity: 3 });
  assert.ok(pockets.tarascon > pockets.east * 1.1, `${pockets.tarascon} ${pockets.east}`);
});

test('the re-strike share is read from the campaign: one that never went back to a site leaves more to new ones, one that did keeps more', () => {
  const onward = [member(0, 60), member(1, 40), member(2, 20), member(3, 4)];
  const back = [member(0, 60), member(1, 40), member(0, 20), member(1, 4)];
  assert.equal(learnedRestrike(onward, 0.6, 0), 0.6, 'no prior weight: the fixed share');
  assert.equal(learnedRestrike(onward, 0.6, 3), (0 + 1.8) / (3 + 3));
  assert.equal(learnedRestrike(back, 0.6, 3), (2 + 1.8) / (3 + 3));
  // two acts at one site the same night are one strike, not a return
  const burst = [member(0, 60), member(0, 58), member(1, 40)];
  assert.equal(learnedRestrike(burst, 0.6, 3), 1.8 / 5);
  // Toulon, Aix and Nîmes struck once each: Tarascon (same directorate, unstruck) gains, Toulon loses
  const three = [member(0, 60), member(1, 40), member(3, 4)];
  const shares = (restrikePrior: number) =>
    campaignPressure([{ id: 'c', label: 'DDPF', members: three }], sites, now, 72, { restrikePrior });
  assert.ok(shares(3).get('toulon')!.expected < shares(0).get('toulon')!.expected);
  assert.ok(shares(3).get('tarascon')!.expected > shares(0).get('tarascon')!.expected);
  const total = (map: ReturnType<typeof shares>) => [...map.values()].reduce((sum, share) => sum + share.expected, 0);
  assert.ok(Math.abs(total(shares(3)) - total(shares(0))) < 1e-9, 'the same count, placed elsewhere');
});

test('weighed by exposure, the spread goes most to the busiest of the sites like those struck, and its total is kept', () => {
  // Tarascon and an invented prison east of Toulon look alike to the campaign; the invented one is attacked
  // three times as often on usual nights
  const east: AnalysisSite = { ...sites[0], id: 'east', lon: 6.5 };
  const all = [...sites, east];
  const siteRates = new Map([
    ['tarascon', 0.02],
    ['east', 0.06],
    ['nimes', 0.04],
  ]);
  const spread = (exposure: number) => {
    const shares = campaignPressure([campaign], all, now, 72, { siteRates, exposure, proximity: 0 });
    return {
      tarascon: shares.get('tarascon')!.expected,
      east: shares.get('east')!.expected,
      total: ['tarascon', 'east', 'nimes'].reduce((sum, id) => sum + shares.get(id)!.expected, 0),
    };
  };
  const flat = spread(0);
  assert.ok(Math.abs(flat.tarascon - flat.east) < 1e-12, 'without exposure the two weigh alike');
  const exposed = spread(1);
  assert.ok(Math.abs(exposed.east / exposed.tarascon - 3) < 1e-9, `${exposed.east} ${exposed.tarascon}`);
  assert.ok(Math.abs(exposed.total - flat.total) < 1e-9, 'the same count, placed elsewhere');
});

test("a campaign's two shapes, return and spread, weighed by its re-strike share, make exactly the pressure it adds", () => {
  const [shapes] = campaignShapes([campaign], sites, now, 72);
  assert.deepEqual(
    shapes.hypotheses.map((h) => [h.shape, h.weight]),
    [
      ['return', RESTRIKE_SHARE],
      ['spread', 1 - RESTRIKE_SHARE],
    ],
  );
  // if it returns, all of it at Toulon and Aix; if it spreads, none there
  assert.deepEqual([...shapes.hypotheses[0].expected.keys()].sort(), ['aix', 'toulon']);
  assert.equal(shapes.hypotheses[1].expected.has('aix'), false);
  const shares = campaignPressure([campaign], sites, now, 72);
  for (const site of sites) {
    const mixture = shapes.hypotheses.reduce((sum, h) => sum + h.weight * (h.expected.get(site.id) ?? 0), 0);
    assert.ok(Math.abs(mixture - (shares.get(site.id)?.expected ?? 0)) < 1e-12, site.id);
  }
  assert.deepEqual(
    shapes.evidence.map((item) => item.id),
    ['m-1-8', 'm-0-30'],
  );
  // an inactive campaign (its last member 8 days ago) has no shapes
  assert.deepEqual(campaignShapes([campaign], sites, now + 8 * 24 * HOUR, 72), []);
});
