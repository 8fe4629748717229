/**
 * Calibration of the Poisson scan on background-only data: when incidents follow the usual rates,
 * p-values must be uniform and the false-alarm rate at level α must be α. Candidates are random sets
 * of sites chosen without looking at the data, as campaigns are, evaluated at random times.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitBaseline } from './baseline.ts';
import { DAY_MS } from './paris-day.ts';
import { scanCandidate } from './poisson-scan.ts';
import { Rng } from './rng.ts';
import { backgroundIncidents, incidentsFromBaseline, syntheticClassOf, syntheticSites } from './synthetic.ts';

const from = Date.UTC(2023, 0, 2);
const to = Date.UTC(2025, 0, 6);

/**
 * Kolmogorov–Smirnov distance to U(0, 1) measured at the sample points up to `upTo`. Monte Carlo
 * p-values live on a grid (multiples of 1 / (R + 1), or h / l after early stopping); a valid one
 * satisfies P(p ≤ x) = x at the grid points, not between them, so the gaps must not count as misfit.
 */
function uniformDistanceAtSamples(values: number[], upTo = 1): number {
  const sorted = [...values].sort((a, b) => a - b);
  let distance = 0;
  for (let i = 0; i < sorted.length && sorted[i] <= upTo; i++) {
    if (i + 1 < sorted.length && sorted[i + 1] === sorted[i]) continue;
    distance = Math.max(distance, Math.abs((i + 1) / sorted.length - sorted[i]));
  }
  return distance;
}

async function backgroundPValues(count: number, seed: number, subsets: 'best' | 'all'): Promise<number[]> {
  const rng = new Rng(seed);
  const sites = syntheticSites(40, rng);
  const rate = (site: number, _className: string, weekday: number) =>
    (0.1 + 0.05 * (site % 5)) * (weekday >= 5 ? 1.5 : 1);
  const baseline = fitBaseline(backgroundIncidents({ sites, from, to, classes: ['attack'], rate }, rng), sites, {
    classOf: syntheticClassOf,
    from,
    to,
  });
  const pValues: number[] = [];
  for (let i = 0; i < count; i++) {
    const size = 4 + rng.int(7);
    const chosen = [...sites].sort(() => rng.float() - 0.5).slice(0, size);
    const now = to + rng.int(300 * DAY_MS);
    // the null hypothesis exactly: current incidents drawn from the fitted baseline
    const incidents = incidentsFromBaseline(baseline, chosen, ['attack'], now - 7 * DAY_MS, now, rng);
    const result = await scanCandidate(
      { siteIds: chosen.map((site) => site.id), classes: ['attack'], incidents },
      baseline,
      {
        now,
        classOf: syntheticClassOf,
        subsets,
        replications: 99,
        seed: seed + i,
        workers: 0,
      },
    );
    pValues.push(result.pValue);
  }
  return pValues;
}

// 1.63 / √n is the Kolmogorov–Smirnov critical value at the 1 % level
const critical = (n: number) => 1.63 / Math.sqrt(n);

test('on background-only data the best-subset scan gives uniform p-values and α false alarms at level α', async () => {
  const pValues = await backgroundPValues(600, 20250101, 'best');
  const distance = uniformDistanceAtSamples(pValues);
  assert.ok(distance < critical(pValues.length), `KS distance ${distance}`);
  const falseAlarms = pValues.filter((p) => p <= 0.05).length / pValues.length;
  // 0.05 expected, binomial standard deviation 0.009 for 600 candidates
  assert.ok(falseAlarms > 0.025 && falseAlarms < 0.075, `false-alarm rate ${falseAlarms}`);
  assert.ok(pValues.filter((p) => p <= 0.01).length / pValues.length < 0.025);
});

test('on background-only data the all-sites scan is uniform wherever an alarm could be raised', async () => {
  // with all sites together the count is often at or below expectation (statistic 0, p = 1 by
  // design: no alarm on "nothing unusual"), a mass near 1; below it the p-values stay exact
  const pValues = await backgroundPValues(600, 20250202, 'all');
  const distance = uniformDistanceAtSamples(pValues, 0.5);
  assert.ok(distance < critical(pValues.length), `KS distance below 0.5: ${distance}`);
  const falseAlarms = pValues.filter((p) => p <= 0.05).length / pValues.length;
  assert.ok(falseAlarms > 0.025 && falseAlarms < 0.075, `false-alarm rate ${falseAlarms}`);
});

test('the uniformity check itself rejects conservative p-values', () => {
  // p-values never below 0.2 (a scan that cannot alarm) must fail the same check
  const conservative = Array.from({ length: 400 }, (_, i) => 0.2 + (0.8 * i) / 400);
  assert.ok(uniformDistanceAtSamples(conservative) > critical(400));
});
