/**
 * Timings that the goals name: a candidate's p-value on two worker threads (R = 999, no early
 * stopping: the worst case, an alarming candidate), and the nightly refit (baseline and
 * excitation) over the whole history.
 */
import type { AnalysisSite } from '../../src/analysis/types.ts';
import { fitBaseline, fitExcitation, scanCandidate, SiteAffinity } from '../../src/analysis/waves/index.ts';
import type { CandidateEvent } from './evaluate-linking.ts';
import type { HistoryIndex } from './history-index.ts';
import { median, percentile } from './metrics.ts';
import { classOf } from './vocabulary.ts';

const DAY_MS = 86_400_000;

/**
 * Times `samples` candidate p-values: half the largest candidates (most sites), half spread over
 * the run, each with every incident of its classes at its sites over the last 7 days.
 */
export async function pValueLatency(
  index: HistoryIndex,
  events: readonly CandidateEvent[],
  from: number,
  samples: number,
  workers: number,
) {
  const usable = events.filter((event) => event.now >= from);
  const largest = [...usable].sort((x, y) => y.sites.length - x.sites.length).slice(0, samples / 2);
  const spread = Array.from(
    { length: samples / 2 },
    (_, i) => usable[Math.floor((i * usable.length) / (samples / 2))],
  ).filter(Boolean);
  const times: number[] = [];
  const sites: number[] = [];
  for (const [i, event] of [...largest, ...spread].entries()) {
    const incidents = event.sites.flatMap((site) => index.atSite(site, event.now - 7 * DAY_MS, event.now));
    const baseline = index.baselineFor(event.now);
    const started = performance.now();
    await scanCandidate({ siteIds: event.sites, classes: ['attack', 'contraband'], incidents }, baseline, {
      now: event.now,
      classOf,
      maxDays: 7,
      replications: 999,
      seed: 7 + i,
      workers,
      stopAfter: Infinity,
    });
    times.push(performance.now() - started);
    sites.push(event.sites.length);
  }
  return {
    samples: times.length,
    workers,
    p50Ms: median(times),
    p95Ms: percentile(times, 0.95),
    maxMs: percentile(times, 1),
    maxSites: Math.max(...sites),
  };
}

/** The nightly refit: baseline of the last year and of the whole history, excitation over the whole history. */
export function nightlyRefit(index: HistoryIndex, sites: readonly AnalysisSite[], from: number, to: number) {
  const classes = ['attack', 'contraband'];
  let started = performance.now();
  fitBaseline(index.between(to - 365 * DAY_MS, to), sites, { classOf, from: to - 365 * DAY_MS, to, classes });
  const baselineYear = (performance.now() - started) / 1000;
  started = performance.now();
  const baseline = fitBaseline(index.incidents, sites, { classOf, from, to, classes });
  const baselineAll = (performance.now() - started) / 1000;
  started = performance.now();
  const fit = fitExcitation(index.incidents, baseline, new SiteAffinity(sites), {
    from: from + 30 * DAY_MS,
    to,
    classes,
    classOf,
  });
  const excitation = (performance.now() - started) / 1000;
  return {
    baselineLastYearSeconds: baselineYear,
    baselineAllSeconds: baselineAll,
    excitationAllSeconds: excitation,
    totalSeconds: baselineAll + excitation,
    events: fit.events,
  };
}
