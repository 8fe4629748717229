import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisSite } from '../types.ts';
import { Baseline, BaselineAccumulator, fitBaseline } from './baseline.ts';
import { DAY_MS, parisDay, parisDayStart, weekdayOfDay } from './paris-day.ts';
import { Rng } from './rng.ts';
import { backgroundIncidents, syntheticClassOf, syntheticIncident, syntheticSites } from './synthetic.ts';

const from = Date.UTC(2023, 0, 2);
const to = Date.UTC(2025, 0, 6);
const classes = ['attack', 'contraband'];

function world(seed: number) {
  const rng = new Rng(seed);
  const sites = syntheticSites(30, rng);
  // contraband doubles at weekends; attack rates differ by site
  const rate = (site: number, className: string, weekday: number) =>
    className === 'attack' ? 0.01 * (1 + (site % 5)) : 0.04 * (weekday >= 5 ? 2 : 1);
  const history = [...backgroundIncidents({ sites, from, to, classes, rate }, rng)];
  return { sites, history, rate };
}

test('Paris local days follow summer time and start at local midnight', () => {
  // summer time began on Sunday 31 March 2024 at 01:00 UTC
  const sunday = parisDay(Date.UTC(2024, 2, 31, 12));
  assert.equal(weekdayOfDay(sunday), 6);
  assert.equal(parisDayStart(sunday), Date.UTC(2024, 2, 30, 23));
  assert.equal(parisDayStart(sunday + 1), Date.UTC(2024, 2, 31, 22));
  assert.equal(parisDay(Date.UTC(2024, 2, 31, 22, 30)), sunday + 1);
  assert.equal(parisDay(Date.UTC(2024, 0, 15, 22, 59)), parisDay(Date.UTC(2024, 0, 15, 12)));
  assert.equal(parisDay(Date.UTC(2024, 0, 15, 23, 0)), parisDay(Date.UTC(2024, 0, 15, 12)) + 1);
});

test('a fitted baseline recovers the site rates and the weekend peak of contraband', () => {
  const { sites, history } = world(1);
  const baseline = fitBaseline(history, sites, { classOf: syntheticClassOf, from, to });
  // rates differ five-fold between sites: their own history should dominate the kind's rate
  const quiet = baseline.describe(sites[0].id, 'attack');
  const busy = baseline.describe(sites[4].id, 'attack');
  assert.ok(busy.ratePerDay > 2.5 * quiet.ratePerDay, `${busy.ratePerDay} vs ${quiet.ratePerDay}`);
  const json = baseline.toJSON();
  const contraband = json.classes.indexOf('contraband');
  const factors = json.weekdayFactors.slice(contraband * 7, contraband * 7 + 7);
  const weekend = (factors[5] + factors[6]) / 2;
  const week = factors.slice(0, 5).reduce((sum, value) => sum + value, 0) / 5;
  assert.ok(Math.abs(weekend / week - 2) < 0.25, `weekend/week = ${weekend / week}`);
  // a week expects 7 × the site rate, whatever the weekday factors
  const weekStart = Date.UTC(2025, 1, 3);
  const expected = baseline.expected(sites[2].id, 'contraband', weekStart, weekStart + 7 * DAY_MS);
  assert.ok(Math.abs(expected - 7 * baseline.describe(sites[2].id, 'contraband').ratePerDay) < 0.05 * expected);
});

test('a site with no history borrows the rate of the sites of its kind instead of zero', () => {
  const sites: AnalysisSite[] = Array.from({ length: 8 }, (_, i) => ({
    id: `s${i}`,
    lat: 45,
    lon: 2,
    department: '01',
    directorate: 'D',
    kind: i < 6 ? 'maison_arret' : 'centre_detention',
  }));
  const rng = new Rng(5);
  const history = [];
  for (let day = 0; day < 700; day++) {
    for (let s = 1; s < 6; s++) {
      for (let k = rng.poisson(0.004); k > 0; k--)
        history.push(syntheticIncident(sites[s], from + day * DAY_MS + rng.int(DAY_MS), { eventTypes: ['attack'] }));
    }
  }
  const baseline = fitBaseline(history, sites, {
    classOf: syntheticClassOf,
    from,
    to: from + 700 * DAY_MS,
    classes: ['attack', 'contraband'],
  });
  const silent = baseline.describe('s0', 'attack');
  assert.equal(silent.observed, 0);
  // a few incidents per site in two years: silence is within the noise, so the silent site gets
  // mostly the rate of its kind rather than its own zero
  const kindRate = history.length / (6 * 700);
  assert.ok(silent.ratePerDay > 0.5 * kindRate, `${silent.ratePerDay} vs ${kindRate}`);
  assert.ok(silent.siteWeight < 0.5);
  // a kind of two sites is too small for its own prior: it borrows the rate of all sites
  const allSitesRate = history.length / (8 * 700);
  assert.ok(
    baseline.describe('s7', 'attack').ratePerDay > 0.4 * allSitesRate,
    `${baseline.describe('s7', 'attack').ratePerDay} vs ${allSitesRate}`,
  );
  // a class never seen gets a small positive floor (half an incident over all sites), never zero
  const never = baseline.describe('s1', 'contraband');
  assert.ok(never.ratePerDay > 0 && never.ratePerDay < 0.001);
});

test('a baseline survives JSON and expects the same counts afterwards', () => {
  const { sites, history } = world(2);
  const baseline = fitBaseline(history, sites, { classOf: syntheticClassOf, from, to });
  const restored = Baseline.fromJSON(JSON.parse(JSON.stringify(baseline)));
  const start = Date.UTC(2025, 2, 28, 17, 30);
  for (const site of sites.slice(0, 5)) {
    for (const span of [3_600_000, DAY_MS, 9 * DAY_MS, 100 * DAY_MS]) {
      assert.equal(
        restored.expected(site.id, classes, start, start + span),
        baseline.expected(site.id, classes, start, start + span),
      );
    }
  }
  assert.throws(() => Baseline.fromJSON({ ...baseline.toJSON(), siteRates: [1] }));
});

test('expectations add up over adjacent periods, across a summer-time change', () => {
  const { sites, history } = world(3);
  const baseline = fitBaseline(history, sites, { classOf: syntheticClassOf, from, to });
  const a = Date.UTC(2025, 2, 27, 5);
  const b = Date.UTC(2025, 2, 30, 11);
  const c = Date.UTC(2025, 3, 25, 20);
  const whole = baseline.expected(sites[1].id, classes, a, c);
  const parts = baseline.expected(sites[1].id, classes, a, b) + baseline.expected(sites[1].id, classes, b, c);
  assert.ok(Math.abs(whole - parts) < 1e-12 * whole);
  // the 23-hour local day of the change expects a full day's rate
  const sunday = parisDay(Date.UTC(2025, 2, 30, 12));
  const day = baseline.expected(sites[1].id, 'attack', parisDayStart(sunday), parisDayStart(sunday + 1));
  assert.ok(
    Math.abs(day - baseline.dayRate(baseline.siteIndex(sites[1].id), baseline.classIndexes('attack'), sunday)) < 1e-12,
  );
});

test('a stream fed one incident at a time fits the same baseline as an array', () => {
  const { sites, history } = world(4);
  const options = { classOf: syntheticClassOf, from, to };
  const accumulator = new BaselineAccumulator(sites, options);
  for (const incident of history) accumulator.add(incident);
  assert.deepEqual(accumulator.finish().toJSON(), fitBaseline(history.values(), sites, options).toJSON());
});

test('refuted incidents, duplicates and unknown sites do not count', () => {
  const sites = syntheticSites(3, new Rng(1));
  const at = from + DAY_MS;
  const history = [
    syntheticIncident(sites[0], at, { eventTypes: ['attack'] }),
    syntheticIncident(sites[0], at, { eventTypes: ['attack'], status: 'refuted' }),
    syntheticIncident(sites[0], at, { eventTypes: ['attack'], status: 'duplicate' }),
    syntheticIncident({ ...sites[0], id: 'elsewhere' }, at, { eventTypes: ['attack'] }),
    syntheticIncident(sites[0], at, { eventTypes: ['attack'], siteId: null }),
  ];
  const baseline = fitBaseline(history, sites, { classOf: syntheticClassOf, from, to });
  assert.equal(baseline.describe(sites[0].id, 'attack').observed, 1);
  // a site the baseline never saw gets the class's mean site rate, not zero
  assert.ok(baseline.expected('new-site', 'attack', from, from + 30 * DAY_MS) > 0);
});
