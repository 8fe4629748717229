import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { fitBaseline } from './baseline.ts';
import { DAY_MS } from './paris-day.ts';
import { poissonLogLikelihoodRatio, scanObservedCounts } from './poisson-scan.kernel.ts';
import { scanCandidate } from './poisson-scan.ts';
import { Rng } from './rng.ts';
import {
  backgroundIncidents,
  incidentsFromBaseline,
  syntheticClassOf,
  syntheticIncident,
  syntheticSites,
} from './synthetic.ts';
import { closeWorkerPool } from './worker-pool.ts';

after(() => closeWorkerPool());

const from = Date.UTC(2023, 0, 2);
const to = Date.UTC(2025, 0, 6);
const now = Date.UTC(2025, 1, 12, 7);
const HOUR = 3_600_000;

function world(seed: number) {
  const rng = new Rng(seed);
  const sites = syntheticSites(24, rng);
  const history = backgroundIncidents(
    { sites, from, to, classes: ['attack'], rate: (site) => 0.01 + 0.01 * (site % 3) },
    rng,
  );
  const baseline = fitBaseline(history, sites, { classOf: syntheticClassOf, from, to });
  const current = incidentsFromBaseline(baseline, sites, ['attack'], now - 10 * DAY_MS, now, rng);
  return { sites, baseline, current, rng };
}

test('the statistic is the log-likelihood ratio of the best window and the best subset of sites', () => {
  const means = Float64Array.from({ length: 9 }, () => 0.1);
  const counts = new Float64Array(9);
  counts[0] = 3; // site 0, the last 24 hours
  counts[3 * 2 + 2] = 1; // site 2, two days ago
  const best = scanObservedCounts({ sites: 3, days: 3, means, mode: 'best' }, counts);
  assert.equal(best.days, 1);
  assert.deepEqual(best.sites, [0]);
  assert.ok(Math.abs(best.statistic - poissonLogLikelihoodRatio(3, 0.1)) < 1e-12);
  const all = scanObservedCounts({ sites: 3, days: 3, means, mode: 'all' }, counts);
  assert.deepEqual(all.sites, [0, 1, 2]);
  assert.ok(Math.abs(all.statistic - poissonLogLikelihoodRatio(3, 0.3)) < 1e-12);
  assert.equal(poissonLogLikelihoodRatio(2, 2.5), 0);
});

test('a planted burst at 5 sites over 2 nights gets p below 0.01', async () => {
  const { sites, baseline, current } = world(1);
  const candidate = sites.slice(0, 10);
  const planted = candidate
    .slice(0, 5)
    .flatMap((site, i) => [
      syntheticIncident(site, now - 30 * HOUR + i * HOUR, { id: `n1-${i}`, eventTypes: ['attack'] }),
      syntheticIncident(site, now - 6 * HOUR - i * HOUR, { id: `n2-${i}`, eventTypes: ['attack'] }),
    ]);
  const result = await scanCandidate(
    { siteIds: candidate.map((site) => site.id), classes: ['attack'], incidents: [...current, ...planted] },
    baseline,
    { now, classOf: syntheticClassOf, seed: 3, workers: 0 },
  );
  assert.ok(result.pValue < 0.01, `p = ${result.pValue}`);
  assert.ok(result.window.days <= 3);
  for (const site of candidate.slice(0, 5))
    assert.ok(
      result.sites.some((entry) => entry.siteId === site.id),
      site.id,
    );
  assert.ok(result.observed >= 10);
  assert.ok(result.recurrenceYears > 1);
  // the recurrence is said once, by whoever shows the explanation, not inside it
  assert.doesNotMatch(result.explanation, /at the usual rates/);
  assert.match(result.significance.sentence, /at the usual rates, this happens/);
});

test('the same seed gives the same p-value in this thread, on 1 worker and on 2 workers', async () => {
  const { sites, baseline, current } = world(2);
  const candidate = sites.slice(4, 14);
  // a modest excess: the test runs long enough to spread chunks over the threads
  const planted = candidate
    .slice(0, 2)
    .map((site, i) => syntheticIncident(site, now - 20 * HOUR, { id: `p-${i}`, eventTypes: ['attack'] }));
  const scan = (workers: number) =>
    scanCandidate(
      { siteIds: candidate.map((site) => site.id), classes: ['attack'], incidents: [...current, ...planted] },
      baseline,
      {
        now,
        classOf: syntheticClassOf,
        seed: 77,
        workers,
        chunkSize: 16,
        stopAfter: 40,
      },
    );
  const [inThread, one, two] = [await scan(0), await scan(1), await scan(2)];
  const summary = (result: typeof inThread) => [result.pValue, result.replications, result.significance.exceedances];
  assert.ok(inThread.replications > 64, 'the run spans several chunks');
  assert.deepEqual(summary(one), summary(inThread));
  assert.deepEqual(summary(two), summary(inThread));
});

test('a candidate with no more incidents than usual gets p = 1 without simulating', async () => {
  const { sites, baseline } = world(3);
  const result = await scanCandidate(
    { siteIds: sites.slice(0, 3).map((site) => site.id), classes: ['attack'], incidents: [] },
    baseline,
    {
      now,
      classOf: syntheticClassOf,
    },
  );
  assert.equal(result.statistic, 0);
  assert.equal(result.pValue, 1);
  assert.equal(result.replications, 0);
  assert.match(result.explanation, /No more incidents than usual/);
});

test('windows are counted in 24-hour blocks before now: D days back is in, now itself is out', async () => {
  const { sites, baseline } = world(4);
  const site = sites[0];
  const scan = (times: number[]) =>
    scanCandidate(
      {
        siteIds: [site.id, sites[1].id],
        classes: ['attack'],
        incidents: times.map((time, i) => syntheticIncident(site, time, { id: `t${i}`, eventTypes: ['attack'] })),
      },
      baseline,
      { now, classOf: syntheticClassOf, maxDays: 3, replications: 19, workers: 0 },
    );
  const edge = await scan([now - 3 * DAY_MS, now - 3 * DAY_MS]);
  assert.equal(edge.observed, 2);
  assert.equal(edge.window.days, 3);
  assert.deepEqual(
    edge.sites.map((entry) => entry.siteId),
    [site.id],
  );
  const outside = await scan([now, now - 3 * DAY_MS - 1]);
  assert.equal(outside.observed, 0);
});
