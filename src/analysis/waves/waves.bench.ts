/**
 * Timings of wave detection on synthetic data (not a test: run it by hand and read the numbers).
 *   node --expose-gc --import tsx src/analysis/waves/waves.bench.ts
 * Measures: a baseline fit on 1,000,000 incidents; the Poisson scan p-value of 10-site candidates
 * (D = 7, R = 999) on 0 and 2 worker threads; the permutation scan of the last year; the nightly
 * excitation fit; the risk model's per-incident update; and the process memory.
 */
import { fitBaseline } from './baseline.ts';
import { fitExcitation } from './hawkes-fit.ts';
import { DAY_MS } from './paris-day.ts';
import { scanSpaceTimePermutation } from './permutation-scan.ts';
import { scanCandidate } from './poisson-scan.ts';
import { Rng } from './rng.ts';
import { SiteAffinity } from './site-affinity.ts';
import { SiteRiskModel } from './site-risk.ts';
import { backgroundIncidents, syntheticClassOf, syntheticIncident, syntheticSites } from './synthetic.ts';
import { closeWorkerPool } from './worker-pool.ts';

const SITES = 190;
const to = Date.UTC(2025, 0, 6);
const from = to - 5 * 365 * DAY_MS;
const classes = ['attack', 'contraband'];
// about 1,000,000 incidents over five years at 190 sites
const rate = (site: number, className: string, weekday: number) =>
  (className === 'attack' ? 0.6 : 1.8) *
  (0.5 + (site % 5) / 4) *
  (className === 'contraband' && weekday >= 5 ? 1.4 : 1) *
  1.11;

function seconds(start: number): string {
  return `${((performance.now() - start) / 1000).toFixed(2)} s`;
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function main(): Promise<void> {
  const rng = new Rng(2025);
  const sites = syntheticSites(SITES, rng);
  // the history is a generator replayed from its seed: analyses that stream never hold it all
  const historyStream = () => backgroundIncidents({ sites, from, to, classes, rate }, new Rng(7));
  let start = performance.now();
  const history = [...historyStream()];
  console.log(`generated ${history.length.toLocaleString('en-GB')} incidents in ${seconds(start)}`);
  start = performance.now();
  const baseline = fitBaseline(history, sites, { classOf: syntheticClassOf, from, to });
  console.log(
    `baseline fit (array of ${history.length.toLocaleString('en-GB')}): ${seconds(start)}; JSON ${JSON.stringify(baseline).length.toLocaleString('en-GB')} bytes`,
  );
  const lastYear = history.filter((incident) => incident.start >= to - 365 * DAY_MS);
  const peak = process.memoryUsage().rss;
  history.length = 0;
  start = performance.now();
  fitBaseline(historyStream(), sites, { classOf: syntheticClassOf, from, to });
  console.log(`baseline fit streamed from the generator (generation included): ${seconds(start)}`);

  const now = to + 40 * DAY_MS + 7 * 3_600_000;
  const candidates = Array.from({ length: 40 }, (_, i) => {
    const chosen = [...sites].sort(() => rng.float() - 0.5).slice(0, 10);
    const rows = chosen.map((site) => sites.indexOf(site));
    const recentRate = (s: number, className: string, weekday: number) => rate(rows[s], className, weekday);
    const recent = [
      ...backgroundIncidents(
        { sites: chosen, from: now - 7 * DAY_MS, to: now, classes: ['attack'], rate: recentRate },
        rng,
      ),
    ];
    // every fourth candidate carries a planted wave at 4 sites within 72 h
    const wave = (site: (typeof chosen)[number], k: number) =>
      [0, 1, 2].map((j) =>
        syntheticIncident(site, now - (10 + 20 * j + k) * 3_600_000, { id: `w${i}-${k}-${j}`, eventTypes: ['attack'] }),
      );
    const planted = i % 4 === 0 ? chosen.slice(0, 4).flatMap(wave) : [];
    return { siteIds: chosen.map((site) => site.id), classes: ['attack'], incidents: [...recent, ...planted] };
  });
  for (const workers of [0, 2]) {
    const times: number[] = [];
    let first = 0;
    for (const [i, candidate] of candidates.entries()) {
      const t = performance.now();
      await scanCandidate(candidate, baseline, {
        now,
        classOf: syntheticClassOf,
        seed: i,
        workers,
        stopAfter: Infinity,
      });
      times.push(performance.now() - t);
      if (i === 0) first = times[0];
    }
    console.log(
      `Poisson scan, 10 sites, D = 7, R = 999 (no early stop), ${workers} workers: p50 ${percentile(times, 0.5).toFixed(0)} ms, ` +
        `p95 ${percentile(times, 0.95).toFixed(0)} ms, first call ${first.toFixed(0)} ms (${candidates.length} candidates)`,
    );
  }

  for (const workers of [0, 2]) {
    start = performance.now();
    const result = await scanSpaceTimePermutation(lastYear, sites, { now: to, seed: 1, workers, stopAfter: Infinity });
    console.log(
      `permutation scan, ${SITES} sites × 10 nearest × 7 days, ${result.cases.toLocaleString('en-GB')} cases, R = 999, ${workers} workers: ${seconds(start)}`,
    );
  }

  const affinity = new SiteAffinity(sites);
  start = performance.now();
  const fit = fitExcitation(historyStream(), baseline, affinity, { from: from + 30 * DAY_MS, to, classes });
  console.log(
    `excitation fit on ${fit.events.toLocaleString('en-GB')} incidents: ${seconds(start)} ` +
      `(η ${fit.backgroundScale.toFixed(3)}, α_self ${fit.alphaSelf.toFixed(4)}, α_cross ${fit.alphaCross.toFixed(4)})`,
  );

  const model = new SiteRiskModel(baseline, sites, { classes, affinity });
  let observed = 0;
  start = performance.now();
  for (const incident of historyStream()) {
    model.observe(incident);
    observed++;
  }
  const perIncident = ((performance.now() - start) * 1000) / observed;
  start = performance.now();
  model.forecast(to, 72);
  model.forecast(to, 168);
  console.log(
    `risk model: ${perIncident.toFixed(2)} µs per incident observed; forecasts at 72 h and 7 d: ${seconds(start)}`,
  );

  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  console.log(
    `memory after the run (incidents released): rss ${(memory.rss / 2 ** 20).toFixed(0)} MB, ` +
      `heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MB; peak while the array of all incidents was alive: ${(peak / 2 ** 20).toFixed(0)} MB rss`,
  );
  await closeWorkerPool();
}

await main();
