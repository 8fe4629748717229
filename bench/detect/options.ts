/** The bench's command-line options, with the full and quick sizes. */
import type { CampaignOptions } from '../../src/analysis/linking/campaign-types.ts';
import type { HistoryOptions } from './generator.ts';

export interface BenchOptions {
  seed: number;
  incidents: number;
  years: number;
  waves: number;
  longWaves: number;
  sparseWaves: number;
  /** spreading waves (April 2025's shape: a new site at each act, the busiest most often) */
  spreadWaves: number;
  regional: number;
  coincidences: number;
  bursts: number;
  quick: boolean;
  /**
   * the operating threshold T (alarm when the recurrence is at least T years); by default the
   * smallest T whose false alarms on the first half of the null history stay within the target
   */
  recurrenceYears: number | null;
  /** null mornings scanned for regional false alarms */
  regionalNullDays: number;
  /** candidate p-values timed on two threads */
  latencySamples: number;
  /** null histories whose years are pooled to calibrate T: the twin, then seeds seed+1, seed+2... (at least 4 by default) */
  nullSeeds: number;
  /** run the null history first instead of beside the planted one (clean timings, twice as long) */
  sequential: boolean;
  /** clustering options for a what-if run (`--campaign-options '{"nearIdenticalMo":1.01}'`); none by default */
  campaignOptions: CampaignOptions;
}

const FULL = {
  incidents: 1_000_000,
  years: 6,
  waves: 200,
  longWaves: 32,
  sparseWaves: 16,
  spreadWaves: 32,
  regional: 40,
  coincidences: 60,
  bursts: 40,
  regionalNullDays: 120,
};
const QUICK = {
  incidents: 100_000,
  years: 3,
  waves: 60,
  longWaves: 16,
  sparseWaves: 8,
  spreadWaves: 16,
  regional: 15,
  coincidences: 20,
  bursts: 15,
  regionalNullDays: 40,
};

/**
 * Reads `--incidents N --waves N --long-waves N --sparse-waves N --spread-waves N --seed N --years N --null-seeds N
 * --recurrence-years T --quick --sequential --campaign-options JSON`.
 */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const flag = (name: string) => argv.includes(`--${name}`);
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return undefined;
    const number = Number(argv[i + 1]);
    if (!Number.isFinite(number)) throw new Error(`--${name} needs a number`);
    return number;
  };
  const quick = flag('quick');
  const base = quick ? QUICK : FULL;
  return {
    seed: value('seed') ?? 1,
    incidents: value('incidents') ?? base.incidents,
    years: value('years') ?? base.years,
    waves: value('waves') ?? base.waves,
    longWaves: value('long-waves') ?? base.longWaves,
    sparseWaves: value('sparse-waves') ?? base.sparseWaves,
    spreadWaves: value('spread-waves') ?? base.spreadWaves,
    regional: base.regional,
    coincidences: base.coincidences,
    bursts: base.bursts,
    quick,
    recurrenceYears: value('recurrence-years') ?? null,
    regionalNullDays: base.regionalNullDays,
    latencySamples: quick ? 20 : 40,
    sequential: flag('sequential'),
    nullSeeds: Math.max(1, value('null-seeds') ?? 4),
    campaignOptions: argv.includes('--campaign-options')
      ? (JSON.parse(argv[argv.indexOf('--campaign-options') + 1]) as CampaignOptions)
      : {},
  };
}

/** The generator's options for the planted (or plant-free) history. */
export function historyOptions(options: BenchOptions, plants: boolean): HistoryOptions {
  const { seed, incidents, years, waves, longWaves, sparseWaves, spreadWaves, regional, coincidences, bursts } =
    options;
  return { seed, incidents, years, waves, longWaves, sparseWaves, spreadWaves, regional, coincidences, bursts, plants };
}
