/**
 * A seeded synthetic national history for the detection bench: the background of 185
 * metropolitan facilities over several years, with planted waves and regional clusters (the
 * signal) and hard negatives (what must not alarm), and the ground truth of each. The same seed
 * gives the same history; `plants: false` gives the same background and negatives without the
 * signal, for null calibration.
 */
import type { AnalysisIncident, AnalysisSite } from '../../src/analysis/types.ts';
import { deriveSeed, Rng } from '../../src/analysis/waves/rng.ts';
import { generateBackground, holidayDays, siteAttackFactors } from './generator-background.ts';
import { normalizeSignature } from '../../src/core/shared/fold-text.ts';
import {
  plantLongWaves,
  plantNegatives,
  plantRegional,
  plantWaves,
  takenTags,
  type PlantedGroup,
  type PlantedWave,
} from './generator-plants.ts';
import { benchSites } from './sites.ts';

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

export interface HistoryOptions {
  seed: number;
  /** expected incidents in total (default 1,000,000) */
  incidents: number;
  /** years of history (the first one is a warm-up without plants, for the baselines) */
  years: number;
  waves: number;
  /** long waves shaped like April 2025 (21 nights, about 15 sites), 40 % and 20 % tagged */
  longWaves: number;
  sparseWaves: number;
  /**
   * spreading waves shaped like April 2025 (21 nights, about 15 sites, each struck once, anywhere in
   * France, the busiest prisons most often), 40 % tagged; 0 when not given (histories made before them)
   */
  spreadWaves?: number;
  regional: number;
  coincidences: number;
  bursts: number;
  /** false: the same background and hard negatives, no waves and no regional clusters */
  plants: boolean;
  /** the first instant of the history (default 1 January 2019, UTC) */
  from?: number;
}

export interface GroundTruth {
  waves: PlantedWave[];
  regional: PlantedGroup[];
  negatives: PlantedGroup[];
}

export interface History {
  sites: AnalysisSite[];
  from: number;
  to: number;
  years: number;
  /** the first instant plants may start: one year in, so every plant has a year of baseline */
  plantsFrom: number;
  /** every incident, sorted by start */
  incidents: AnalysisIncident[];
  truth: GroundTruth;
}

/** Generates the history and its ground truth. */
export function generateHistory(options: HistoryOptions): History {
  const sites = benchSites();
  const from = options.from ?? Date.UTC(2019, 0, 1);
  const to = from + Math.round((options.years * YEAR_MS) / DAY_MS) * DAY_MS;
  const plantsFrom = from + YEAR_MS;
  const window = { from: plantsFrom, to };
  // every kind of plant and the background draw from streams of their own: adding or scaling one
  // moves nothing else, so the plant-free twin's background is the planted history's, record for record
  const stream = (n: number) => new Rng(deriveSeed(options.seed, n));
  const waves = plantWaves(sites, options.waves, window, stream(2));
  const taken = [...takenTags(), ...waves.truth.map((wave) => normalizeSignature(wave.tag))];
  const long = plantLongWaves(sites, options.longWaves, 0.4, window, taken, stream(5));
  const sparse = plantLongWaves(sites, options.sparseWaves, 0.2, window, taken, stream(6));
  // the spreading waves draw their sites by the background's own site rates (its seed is stream 1's)
  const rates = siteAttackFactors(sites, deriveSeed(options.seed, 1));
  const spread = plantLongWaves(sites, options.spreadWaves ?? 0, 0.4, window, taken, stream(7), rates);
  const regional = plantRegional(sites, options.regional, window, stream(3));
  const negatives = plantNegatives(
    sites,
    { coincidences: options.coincidences, bursts: options.bursts },
    waves.truth,
    window,
    stream(4),
  );
  const signal = [waves, long, sparse, spread, regional].reduce((sum, plant) => sum + plant.incidents.length, 0);
  // the background's size does not depend on `plants`, so neither does any of its draws
  const background = generateBackground(
    { sites, from, to, incidents: Math.max(0, options.incidents - signal - negatives.incidents.length) },
    deriveSeed(options.seed, 1),
  );
  const incidents = background;
  for (const extra of [
    ...(options.plants ? [waves, long, sparse, spread, regional].map((plant) => plant.incidents) : []),
    negatives.incidents,
  ]) {
    for (const incident of extra) incidents.push(incident);
  }
  incidents.sort((x, y) => x.start - y.start || (x.id < y.id ? -1 : 1));
  const surges = holidaySurges(from, to);
  return {
    sites,
    from,
    to,
    years: options.years,
    plantsFrom,
    incidents,
    truth: {
      waves: options.plants ? [...waves.truth, ...long.truth, ...sparse.truth, ...spread.truth] : [],
      regional: options.plants ? regional.truth : [],
      negatives: [...negatives.truth, ...surges],
    },
  };
}

/** The holiday surges as truth entries (every site, no listed members). */
function holidaySurges(from: number, to: number): PlantedGroup[] {
  const days = [...holidayDays(from, to)].sort((x, y) => x - y);
  const surges: PlantedGroup[] = [];
  for (const day of days) {
    const start = day * DAY_MS;
    if (start < from || start >= to) continue;
    const last = surges[surges.length - 1];
    if (last && start - last.end <= DAY_MS) last.end = start + DAY_MS;
    else
      surges.push({
        id: `nh${surges.length}`,
        kind: 'holiday_surge',
        members: [],
        sites: [],
        start,
        end: start + DAY_MS,
      });
  }
  return surges;
}
