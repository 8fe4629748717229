import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisSite } from '../types.ts';
import { Baseline } from '../waves/baseline.ts';
import { DAY_MS } from '../waves/paris-day.ts';
import { constantBaseline, syntheticIncident } from '../waves/synthetic.ts';
import { forecastWithCampaigns, targetsBySite } from './forecast-with-campaigns.ts';

const HOUR = 3_600_000;
const at = Date.UTC(2025, 3, 15, 6);
const marseille = { department: '13', directorate: 'DISP-MARSEILLE', kind: 'centre_penitentiaire' };
// two unstruck sites alike in every way the campaign term reads but the target kinds seen there
const sites: AnalysisSite[] = [
  { id: 'toulon', lat: 43.13, lon: 6.02, ...marseille },
  { id: 'aix', lat: 43.52, lon: 5.45, ...marseille },
  { id: 'staff-cars-seen', lat: 43.8, lon: 4.66, ...marseille },
  { id: 'facility-seen', lat: 43.8, lon: 4.66, ...marseille },
];
const baseline = constantBaseline(sites, ['attack'], 0.01, at - 400 * DAY_MS, at - DAY_MS);
const arson = (site: number, hoursAgo: number) =>
  syntheticIncident(sites[site], at - hoursAgo * HOUR, {
    id: `m-${site}-${hoursAgo}`,
    eventTypes: ['vehicle_arson'],
    targetKinds: ['staff_vehicle'],
  });
// contraband finds: no excitation in the attack model, only the target kinds each site has seen
const find = (site: number, target: string) =>
  syntheticIncident(sites[site], at - 48 * HOUR, {
    id: `f-${site}`,
    eventTypes: ['contraband_find'],
    targetKinds: [target],
  });

test('the campaign term weighs the sites by the target kinds they have seen in the recent incidents', () => {
  const members = [arson(0, 30), arson(1, 8)];
  const recent = [...members, find(2, 'staff_vehicle'), find(3, 'facility')];
  const [{ hawkes, ranked }] = forecastWithCampaigns({
    baseline,
    sites,
    recent,
    campaigns: [{ id: 'c1', label: 'DDPF', members }],
    at,
    horizons: [72],
  });
  const expected = (list: typeof ranked, id: string) => list.find((risk) => risk.siteId === id)!.expected;
  // the Hawkes model alone cannot tell them apart
  assert.ok(Math.abs(expected(hawkes, 'staff-cars-seen') - expected(hawkes, 'facility-seen')) < 1e-12);
  // the site that has seen staff cars, the campaign's target, weighs twice as much in its spread
  const share = (id: string) => expected(ranked, id) - expected(hawkes, id);
  assert.ok(share('facility-seen') > 0);
  assert.ok(Math.abs(share('staff-cars-seen') / share('facility-seen') - 2) < 1e-9, `${share('staff-cars-seen')}`);
  const traits = ranked.find((risk) => risk.siteId === 'staff-cars-seen')!.reasons[0].params.traits;
  assert.ok(Array.isArray(traits) && traits.includes('targets'));
});

test('weighed by exposure, the campaign spreads to the sites like those it struck by their usual rates: a prison attacked three times as often gets three times the share', () => {
  const alike: AnalysisSite[] = [sites[0], sites[1], { ...sites[2], id: 'busy' }, { ...sites[2], id: 'quiet' }];
  const rates = [0.01, 0.01, 0.03, 0.01];
  const uneven = Baseline.fromJSON({
    version: 1,
    from: at - 400 * DAY_MS,
    to: at - DAY_MS,
    siteIds: alike.map((site) => site.id),
    classes: ['attack'],
    siteRates: rates,
    weekdayFactors: Array.from({ length: 7 }, () => 1),
    counts: rates.map(() => 0),
    siteWeights: rates.map(() => 1),
  });
  const members = [arson(0, 30), arson(1, 8)];
  const [{ hawkes, ranked }] = forecastWithCampaigns({
    baseline: uneven,
    sites: alike,
    recent: members,
    campaigns: [{ id: 'c1', label: 'DDPF', members }],
    at,
    horizons: [72],
    pressure: { exposure: 1 },
  });
  const share = (id: string) =>
    ranked.find((risk) => risk.siteId === id)!.expected - hawkes.find((risk) => risk.siteId === id)!.expected;
  assert.ok(share('quiet') > 0);
  assert.ok(Math.abs(share('busy') / share('quiet') - 3) < 1e-9, `${share('busy')} ${share('quiet')}`);
});

test('a site sees the target kinds of every recent incident there, of any class', () => {
  const targets = targetsBySite([find(2, 'staff_vehicle'), arson(2, 5), find(3, 'facility')]);
  assert.deepEqual([...targets.get('staff-cars-seen')!], ['staff_vehicle']);
  assert.deepEqual([...targets.get('facility-seen')!], ['facility']);
  assert.equal(targets.has('toulon'), false);
});

test('a shot at the gate raises its prison more than a graffiti raises another, where every attack once excited alike', () => {
  const attack = (site: number, eventType: string, target: string) =>
    syntheticIncident(sites[site], at - 10 * HOUR, {
      id: `a-${site}`,
      eventTypes: [eventType],
      targetKinds: [target],
    });
  const recent = [
    attack(0, 'gunfire', 'facility'),
    attack(1, 'graffiti', 'facility'),
    attack(2, 'graffiti', 'facility'),
    attack(3, 'graffiti', 'facility'),
  ];
  const excitation = (rarity?: number) => {
    const [{ hawkes }] = forecastWithCampaigns({ baseline, sites, recent, campaigns: [], at, horizons: [72], rarity });
    return (id: string) => hawkes.find((risk) => risk.siteId === id)!.excitation;
  };
  const alike = excitation(0);
  assert.ok(Math.abs(alike('toulon') - alike('aix')) < 0.2 * alike('toulon'), 'alike: about the same');
  const byRarity = excitation(undefined);
  // the shot's prison rises, the graffiti's falls: the same total, carried by the rarer act
  assert.ok(byRarity('toulon') > 1.25 * alike('toulon'), `${alike('toulon')} -> ${byRarity('toulon')}`);
  assert.ok(byRarity('aix') < alike('aix'), `${alike('aix')} -> ${byRarity('aix')}`);
  assert.ok(byRarity('toulon') > 1.25 * byRarity('aix'), `${byRarity('toulon')} against ${byRarity('aix')}`);
});

test('with a watch list, the first sites cover a campaign going back to its sites and one going on to new ones; each site keeps its numbers', () => {
  // twelve prisons of one directorate, 10 km apart; a campaign struck the first six last night
  const line: AnalysisSite[] = Array.from({ length: 12 }, (_, i) => ({
    id: `p${i}`,
    lat: 43.5,
    lon: 4 + i * 0.12,
    ...marseille,
  }));
  const members = line.slice(0, 6).map((site, i) =>
    syntheticIncident(site, at - (6 + i) * HOUR, {
      id: `w-${i}`,
      eventTypes: ['vehicle_arson'],
      targetKinds: ['staff_vehicle'],
    }),
  );
  const input = {
    baseline: constantBaseline(line, ['attack'], 0.01, at - 400 * DAY_MS, at - DAY_MS),
    sites: line,
    recent: members,
    campaigns: [{ id: 'c1', label: 'DDPF', members }],
    at,
    horizons: [72],
  };
  const [{ ranked: alone }] = forecastWithCampaigns(input);
  const [{ ranked: watched }] = forecastWithCampaigns({ ...input, cover: 6 });
  const struck = (id: string) => Number(id.slice(1)) < 6;
  // by each site's own risk the first six are the struck ones; covered, a new site is among them
  assert.ok(alone.slice(0, 6).every((r) => struck(r.siteId)));
  const entered = watched.slice(0, 6).filter((r) => !struck(r.siteId));
  assert.ok(entered.length > 0, watched.map((r) => r.siteId).join(' '));
  assert.equal(entered[0].reasons[0].code, 'campaign_cover');
  assert.equal(entered[0].reasons[0].params.shape, 'spread');
  for (const r of watched) {
    const own = alone.find((o) => o.siteId === r.siteId)!;
    assert.equal(r.expected, own.expected);
    assert.equal(r.probability, own.probability);
  }
  // from the seventh site on, the order is the ranking's
  const rest = alone.filter((r) => !watched.slice(0, 6).some((w) => w.siteId === r.siteId));
  assert.deepEqual(
    watched.slice(6).map((r) => r.siteId),
    rest.map((r) => r.siteId),
  );
});

test('a campaign believed to spread no longer raises its own struck sites through the Hawkes model, as far as it is believed', () => {
  // toulon, aix, then the two others: four new sites in four nights, none struck again
  const members = [arson(0, 96), arson(1, 72), arson(2, 48), arson(3, 24)];
  const run = (pressure: Record<string, number>) =>
    forecastWithCampaigns({
      baseline,
      sites,
      recent: members,
      campaigns: [{ id: 'c1', label: 'DDPF', members }],
      at,
      horizons: [72],
      pressure,
    })[0].hawkes.find((risk) => risk.siteId === 'toulon')!.excitation;
  const plain = run({});
  assert.ok(plain > 0);
  assert.equal(run({ spreadPrior: 0.3 }), plain, 'spreadExcites 1 (the default) leaves the acts as they are');
  const damped = run({ spreadPrior: 0.3, spreadExcites: 0 });
  assert.ok(damped < 0.6 * plain && damped > 0, `${damped} against ${plain}`);
});
