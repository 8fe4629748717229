import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisSite } from '../types.ts';
import { fitExcitation } from './hawkes-fit.ts';
import { simulateHawkes } from './hawkes-simulate.ts';
import { erfc, hawkesTest } from './hawkes.ts';
import { DAY_MS } from './paris-day.ts';
import { Rng } from './rng.ts';
import { SiteAffinity } from './site-affinity.ts';
import { constantBaseline, syntheticIncident } from './synthetic.ts';

const from = Date.UTC(2025, 0, 1);
const to = from + 90 * DAY_MS;
const RATE = 0.02;
// six sites of one directorate, each of its own kind: they share the directorate and nothing else
const sites: AnalysisSite[] = Array.from({ length: 6 }, (_, i) => ({
  id: `s${i}`,
  lat: 45 + i / 10,
  lon: 4,
  department: '69',
  directorate: 'DISP-Lyon',
  kind: `kind-${i}`,
}));
const baseline = constantBaseline(sites, ['attack'], RATE, from - 400 * DAY_MS, from);
const affinity = new SiteAffinity(sites);

function simulated(seed: number, alphaSelf: number, alphaCross: number, period = { from, to }) {
  const events = simulateHawkes(
    {
      sites: sites.map((_, row) => row),
      ...period,
      background: (site, a, b) => baseline.expectedAt(site, [0], a, b),
      beta: 0.4,
      alphaSelf,
      alphaCross,
      links: (site) => affinity.links(site, 'DISP-Lyon', []),
    },
    new Rng(seed),
  );
  return events.map((event, i) =>
    syntheticIncident(sites[event.site], Math.floor(event.time), { id: `e${seed}-${i}`, eventTypes: ['attack'] }),
  );
}

test('the Hawkes test prefers cross-site excitation on a planted multi-site cascade', () => {
  // each incident triggers 0.3 × 0.5 follow-on incidents at each of the 5 other sites
  const cascade = simulated(1, 0.1, 0.3);
  const result = hawkesTest(cascade, baseline, sites, { from, to, classes: ['attack'], seed: 4 });
  assert.ok(result.pValue < 0.05, `p = ${result.pValue}`);
  assert.ok(result.withCross.alphaCross > 0.1);
  assert.ok(result.withCross.logLikelihood > result.selfOnly.logLikelihood);
  assert.equal(result.siteIds.length, 6);
  assert.match(result.explanation, /explains the \d+ incidents better than self-excitation alone/);
});

test('the Hawkes test does not prefer cross-site excitation on independent bursts at each site', () => {
  for (const seed of [2, 3]) {
    const bursts = simulated(seed, 0.75, 0);
    const result = hawkesTest(bursts, baseline, sites, { from, to, classes: ['attack'], seed: 4 });
    assert.ok(result.pValue > 0.05, `p = ${result.pValue} (seed ${seed})`);
    assert.ok(result.selfOnly.alphaSelf > 0.3);
  }
});

test('the chi-bar-square p-value is half the chi-square(1) tail of the likelihood ratio', () => {
  // P(χ²₁ ≥ 2.7055) = 0.10, so the boundary mixture gives 0.05
  assert.ok(Math.abs(0.5 * erfc(Math.sqrt(2.7055 / 2)) - 0.05) < 1e-4);
  assert.ok(Math.abs(erfc(0) - 1) < 1e-7);
  assert.ok(Math.abs(erfc(-1) - 1.8427007929) < 1e-6);
  const result = hawkesTest(simulated(1, 0.1, 0.3), baseline, sites, {
    from,
    to,
    classes: ['attack'],
    method: 'chi-bar-square',
  });
  assert.equal(result.replications, 0);
  assert.ok(Math.abs(result.pValue - 0.5 * erfc(Math.sqrt(result.statistic / 2))) < 1e-12);
});

test('the same seed gives the same bootstrap p-value', () => {
  const events = simulated(9, 0.2, 0.1);
  const a = hawkesTest(events, baseline, sites, { from, to, classes: ['attack'], seed: 8 });
  const b = hawkesTest(events, baseline, sites, { from, to, classes: ['attack'], seed: 8 });
  assert.equal(a.pValue, b.pValue);
  assert.equal(a.replications, b.replications);
  assert.ok(a.replications > 50, 'the bootstrap ran');
  const c = hawkesTest(events, baseline, sites, { from, to, classes: ['attack'], seed: 9 });
  assert.equal(c.statistic, a.statistic);
});

test('the nightly fit recovers the excitation parameters of a long simulation', () => {
  const period = { from, to: from + 1500 * DAY_MS };
  const history = simulated(6, 0.3, 0.2, period);
  const fit = fitExcitation(history, baseline, affinity, { ...period, classes: ['attack'] });
  assert.ok(Math.abs(fit.alphaSelf - 0.3) < 0.1, `α_self ${fit.alphaSelf}`);
  assert.ok(Math.abs(fit.alphaCross - 0.2) < 0.08, `α_cross ${fit.alphaCross}`);
  assert.ok(Math.abs(fit.backgroundScale - 1) < 0.25, `η ${fit.backgroundScale}`);
  assert.equal(fit.events, history.length);
});
