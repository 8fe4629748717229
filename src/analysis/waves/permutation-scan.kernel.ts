/**
 * The space-time permutation scan statistic (Kulldorff et al. 2005) over cylinders, and its
 * simulation by permuting case times. Plain numbers only, so it runs in the main thread or a worker.
 *
 * A cylinder is a zone (a centre site and its k − 1 nearest sites) × a window of the last w days.
 * Expected cases come from the margins alone: μ = (cases of the zone over the study period) ×
 * (cases of the window over all sites) / (all cases). Permuting the times keeps both margins, so only
 * the interaction of place and time can raise the statistic.
 */
import type { Rng } from './rng.ts';

/** What a replication needs: the cases' sites, the recent cases' days, and the zones. */
export interface PermutationScanInput {
  sites: number;
  days: number;
  /** centre-major, maxZoneSize entries per centre: site rows in order of distance from the centre */
  zones: Int32Array;
  /** per centre, how many entries of its row in `zones` are used */
  zoneSizes: Int32Array;
  maxZoneSize: number;
  /** the site row of every case of the study period */
  caseSites: Int32Array;
  /** the day (0 = the 24 h before now) of every case of the last `days` days: the times permuted */
  recentDays: Int32Array;
}

/** A cylinder and its numbers. */
export interface Cylinder {
  statistic: number;
  centre: number;
  /** site rows of the zone, nearest first */
  sites: number[];
  days: number;
  observed: number;
  expected: number;
}

interface PermutationScanState {
  input: PermutationScanInput;
  siteTotals: Float64Array;
  /** cases over all sites in the last w = d + 1 days */
  windowTotals: Float64Array;
  total: number;
  pool: Int32Array;
  swaps: Int32Array;
  counts: Float64Array;
  zoneCounts: Float64Array;
}

/** Kulldorff's Poisson generalised likelihood ratio of c cases where μ were expected, out of C. */
export function spaceTimeLogLikelihoodRatio(observed: number, expected: number, total: number): number {
  if (observed <= expected) return 0;
  const inside = observed * Math.log(observed / expected);
  const rest = total - observed;
  return rest > 0 ? inside + rest * Math.log(rest / (total - expected)) : inside;
}

function prepare(input: PermutationScanInput): PermutationScanState {
  const siteTotals = new Float64Array(input.sites);
  for (const site of input.caseSites) siteTotals[site]++;
  const windowTotals = new Float64Array(input.days);
  for (const day of input.recentDays) windowTotals[day]++;
  for (let d = 1; d < input.days; d++) windowTotals[d] += windowTotals[d - 1];
  return {
    input,
    siteTotals,
    windowTotals,
    total: input.caseSites.length,
    pool: Int32Array.from(input.caseSites),
    swaps: new Int32Array(input.recentDays.length),
    counts: new Float64Array(input.sites * input.days),
    zoneCounts: new Float64Array(input.days),
  };
}

/** Turns per-day counts into counts over the last w days, in place. */
function accumulate(counts: Float64Array, sites: number, days: number): void {
  for (let s = 0; s < sites; s++) {
    for (let d = 1; d < days; d++) counts[s * days + d] += counts[s * days + d - 1];
  }
}

/**
 * The maximum over all cylinders. `visit`, when given, sees the best window of every zone (for
 * listing clusters); replications pass none and only the maximum is kept.
 */
function scanMaximum(state: PermutationScanState, visit?: (cylinder: Cylinder) => void): number {
  const { sites: siteCount, days, zones, zoneSizes, maxZoneSize } = state.input;
  const { counts, zoneCounts, siteTotals, windowTotals, total } = state;
  let maximum = 0;
  for (let centre = 0; centre < siteCount; centre++) {
    zoneCounts.fill(0);
    let zoneTotal = 0;
    for (let k = 0; k < zoneSizes[centre]; k++) {
      const site = zones[centre * maxZoneSize + k];
      zoneTotal += siteTotals[site];
      let zoneBest = 0;
      let zoneBestDay = 0;
      for (let w = 0; w < days; w++) {
        zoneCounts[w] += counts[site * days + w];
        const expected = (zoneTotal * windowTotals[w]) / total;
        if (zoneCounts[w] <= expected) continue;
        const value = spaceTimeLogLikelihoodRatio(zoneCounts[w], expected, total);
        if (value > zoneBest) {
          zoneBest = value;
          zoneBestDay = w;
        }
      }
      if (zoneBest > maximum) maximum = zoneBest;
      if (visit && zoneBest > 0) {
        visit({
          statistic: zoneBest,
          centre,
          sites: Array.from(zones.subarray(centre * maxZoneSize, centre * maxZoneSize + k + 1)),
          days: zoneBestDay + 1,
          observed: zoneCounts[zoneBestDay],
          expected: (zoneTotal * windowTotals[zoneBestDay]) / total,
        });
      }
    }
  }
  return maximum;
}

/**
 * The observed clusters: the most likely cylinder, then the next best ones that share no site with
 * those already chosen (SaTScan's "no geographical overlap" secondary clusters).
 */
export function observedClusters(input: PermutationScanInput, maxClusters: number): Cylinder[] {
  const state = prepare(input);
  state.counts.fill(0);
  for (let i = 0; i < input.recentDays.length; i++)
    state.counts[input.caseSites[i] * input.days + input.recentDays[i]]++;
  accumulate(state.counts, input.sites, input.days);
  const all: Cylinder[] = [];
  scanMaximum(state, (cylinder) => all.push(cylinder));
  all.sort((a, b) => b.statistic - a.statistic);
  const chosen: Cylinder[] = [];
  const taken = new Set<number>();
  for (const cylinder of all) {
    if (chosen.length >= maxClusters) break;
    if (cylinder.sites.some((site) => taken.has(site))) continue;
    chosen.push(cylinder);
    for (const site of cylinder.sites) taken.add(site);
  }
  return chosen;
}

/**
 * One replication per output slot: the recent times go to cases drawn without replacement (a partial
 * Fisher–Yates shuffle of the case list, undone afterwards so every chunk starts from the same list).
 * The recent cases are listed first in caseSites, so the observed table uses recentDays[i] ↔ caseSites[i].
 */
function replicate(state: PermutationScanState, rng: Rng, out: Float64Array): void {
  const { sites, days, recentDays } = state.input;
  const { pool, swaps, counts, total } = state;
  const recent = recentDays.length;
  for (let r = 0; r < out.length; r++) {
    counts.fill(0);
    for (let i = 0; i < recent; i++) {
      const j = i + rng.int(total - i);
      swaps[i] = j;
      const site = pool[j];
      pool[j] = pool[i];
      pool[i] = site;
      counts[site * days + recentDays[i]]++;
    }
    for (let i = recent - 1; i >= 0; i--) {
      const j = swaps[i];
      const site = pool[j];
      pool[j] = pool[i];
      pool[i] = site;
    }
    accumulate(counts, sites, days);
    out[r] = scanMaximum(state);
  }
}

/** The space-time permutation scan as a Monte Carlo kernel. */
export const permutationScanKernel = {
  prepare,
  replicate,
  cost: (input: PermutationScanInput) => input.sites * input.maxZoneSize * input.days * 2 + input.recentDays.length * 2,
};
