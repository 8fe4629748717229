/**
 * The expectation-based Poisson scan statistic (Neill 2009) over one candidate, and its simulation
 * under the usual rates. Plain numbers only, so the same code runs in the main thread and in workers.
 *
 * Counts come as sites × days, day 0 being the 24 hours before `now`; a window of w days is days
 * 0..w-1, so nested windows are consistent because every draw is a per-day count.
 */
import type { Rng } from './rng.ts';

/** How the candidate's sites enter the statistic. */
export type SubsetMode = 'all' | 'best';

/** What a replication needs: the expected count of each site on each of the last D days. */
export interface PoissonScanInput {
  sites: number;
  days: number;
  /** sites × days, site-major: expected count of site s on day d before now */
  means: Float64Array;
  mode: SubsetMode;
}

/** The best window and sites found by one scan. */
export interface PoissonScanMaximum {
  statistic: number;
  days: number;
  /** row numbers of the sites in the best subset (all the candidate's sites in 'all' mode) */
  sites: number[];
  observed: number;
  expected: number;
}

interface PoissonScanState {
  input: PoissonScanInput;
  /** sites × days: expected count over the w = d + 1 most recent days */
  windowMeans: Float64Array;
  counts: Float64Array;
  windowCounts: Float64Array;
  order: Int32Array;
  ratios: Float64Array;
}

/**
 * The expectation-based Poisson log-likelihood ratio: how much better "the rate is raised by C / B"
 * explains C incidents than the usual rate that expects B. Zero unless there are more than expected.
 */
export function poissonLogLikelihoodRatio(observed: number, expected: number): number {
  if (observed <= expected) return 0;
  return observed * Math.log(observed / expected) + expected - observed;
}

function prepare(input: PoissonScanInput): PoissonScanState {
  const { sites, days, means } = input;
  const windowMeans = new Float64Array(sites * days);
  for (let s = 0; s < sites; s++) {
    let sum = 0;
    for (let d = 0; d < days; d++) windowMeans[s * days + d] = sum += means[s * days + d];
  }
  return {
    input,
    windowMeans,
    counts: new Float64Array(sites * days),
    windowCounts: new Float64Array(sites),
    order: new Int32Array(sites),
    ratios: new Float64Array(sites),
  };
}

/** Prepares the scan of an observed table (sites × days of counts) and returns its maximum. */
export function scanObservedCounts(input: PoissonScanInput, counts: Float64Array): PoissonScanMaximum {
  const state = prepare(input);
  state.counts.set(counts);
  const best: PoissonScanMaximum = { statistic: 0, days: 1, sites: [], observed: 0, expected: 0 };
  scanMaximum(state, best);
  return best;
}

/**
 * max over windows w = 1..D (and, in 'best' mode, over subsets of sites) of the log-likelihood ratio.
 * 'best' uses Neill's linear-time subset scanning: for a fixed window the best subset is made of the
 * k sites of highest C/B for some k, so sorting the sites with incidents and trying each k is exact.
 * When `best` is given, the maximising window and subset are written into it.
 */
function scanMaximum(state: PoissonScanState, best?: PoissonScanMaximum): number {
  const { sites, days, mode } = state.input;
  const { counts, windowMeans, windowCounts, order, ratios } = state;
  windowCounts.fill(0);
  let maximum = 0;
  for (let w = 0; w < days; w++) {
    let positives = 0;
    let totalCount = 0;
    let totalMean = 0;
    for (let s = 0; s < sites; s++) {
      windowCounts[s] += counts[s * days + w];
      const mean = windowMeans[s * days + w];
      totalCount += windowCounts[s];
      totalMean += mean;
      // sites without incidents only add expectation: they never belong to the best subset
      if (mode === 'best' && windowCounts[s] > 0) {
        ratios[s] = windowCounts[s] / mean;
        insertByRatio(order, ratios, positives++, s);
      }
    }
    if (mode === 'all') {
      const value = poissonLogLikelihoodRatio(totalCount, totalMean);
      if (value > maximum) {
        maximum = value;
        if (best) record(best, value, w + 1, allSites(sites), totalCount, totalMean);
      }
      continue;
    }
    let count = 0;
    let mean = 0;
    for (let k = 0; k < positives; k++) {
      const s = order[k];
      count += windowCounts[s];
      mean += windowMeans[s * days + w];
      const value = poissonLogLikelihoodRatio(count, mean);
      if (value > maximum) {
        maximum = value;
        if (best) record(best, value, w + 1, Array.from(order.subarray(0, k + 1)), count, mean);
      }
    }
  }
  return maximum;
}

/** Insertion into the prefix order[0..length) kept sorted by decreasing ratio (few sites have counts). */
function insertByRatio(order: Int32Array, ratios: Float64Array, length: number, site: number): void {
  let i = length;
  while (i > 0 && ratios[order[i - 1]] < ratios[site]) {
    order[i] = order[i - 1];
    i--;
  }
  order[i] = site;
}

function record(
  best: PoissonScanMaximum,
  value: number,
  days: number,
  sites: number[],
  observed: number,
  expected: number,
): void {
  best.statistic = value;
  best.days = days;
  best.sites = sites;
  best.observed = observed;
  best.expected = expected;
}

function allSites(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}

/** Simulates independent per-day Poisson counts under the usual rates and records each maximum. */
function replicate(state: PoissonScanState, rng: Rng, out: Float64Array): void {
  const { means } = state.input;
  for (let r = 0; r < out.length; r++) {
    for (let i = 0; i < means.length; i++) state.counts[i] = rng.poisson(means[i]);
    out[r] = scanMaximum(state);
  }
}

/** The Poisson scan as a Monte Carlo kernel. */
export const poissonScanKernel = {
  prepare,
  replicate,
  /** rough work per replication, to decide whether threads are worth their start-up */
  cost: (input: PoissonScanInput) => input.sites * input.days * (input.mode === 'best' ? 4 : 2),
};
