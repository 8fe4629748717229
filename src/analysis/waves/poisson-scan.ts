/**
 * Is a candidate campaign (sites tied by signatures or modus operandi) in a burst? The
 * expectation-based Poisson scan (Neill 2009) compares the candidate's incidents in the last 1..D
 * days with what the baseline expects at its sites, and Monte Carlo simulation under the baseline
 * turns the best score into a p-value and a recurrence interval.
 *
 * Unlike Kulldorff's permutation scan, expectations come from history, not from the current data,
 * so a simultaneous national wave stands out as plainly as a local one.
 *
 * Subsets: by default ('best') the statistic is the best over every subset of the candidate's sites
 * (exact and cheap by linear-time subset scanning), so a burst at 4 of a campaign's 12 sites is not
 * diluted by 8 quiet ones; the simulations take the same maximum, so the p-value pays for the choice.
 * 'all' scores the candidate's sites together only, slightly more powerful when the whole campaign
 * rises at once.
 *
 * Validity: the p-value assumes the candidate's sites were chosen without looking at the counts of
 * the window (by signature, modus operandi, older links). A candidate formed only from the last few
 * days' incidents is partly chosen for its burst, and its p-value is then optimistic.
 */
import type { AnalysisIncident } from '../types.ts';
import type { Baseline } from './baseline.ts';
import { monteCarloPValue, type MonteCarloOptions } from './monte-carlo.ts';
import { DAY_MS, dayBefore } from './paris-day.ts';
import { scanObservedCounts, type SubsetMode } from './poisson-scan.kernel.ts';
import { significanceOf, type Significance } from './recurrence.ts';

/** A candidate campaign: its sites, the event classes it is about, and the incidents to count. */
export interface WaveCandidate {
  id?: string;
  siteIds: readonly string[];
  classes: readonly string[];
  /**
   * Incidents to count; those at other sites, of other classes or outside the window are ignored.
   * The baseline counts every incident of the classes at a site, so pass every such incident at the
   * candidate's sites; passing only the signature-linked ones is valid but conservative.
   */
  incidents: Iterable<AnalysisIncident>;
}

/** How to scan a candidate. */
export interface PoissonScanOptions extends MonteCarloOptions {
  /** the end of every window (evaluation time), epoch milliseconds */
  now: number;
  /** D, the longest window in days (default 7) */
  maxDays?: number;
  /** the event class of an incident, as given to fitBaseline */
  classOf: (incident: AnalysisIncident) => string | null;
  /** 'best' subset of sites (default) or 'all' sites together */
  subsets?: SubsetMode;
  /** for the recurrence: evaluations a year across all candidates (default 365.25: one a day) */
  evaluationsPerYear?: number;
  /** which incidents count; by default all but refuted ones and duplicates */
  include?: (incident: AnalysisIncident) => boolean;
}

/** The result of scanning a candidate. */
export interface PoissonScanResult {
  /** the expectation-based Poisson log-likelihood ratio of the best window (and subset) */
  statistic: number;
  window: { days: number; start: number; end: number };
  observed: number;
  expected: number;
  /** the sites of the best subset, with their counts in the best window */
  sites: Array<{ siteId: string; observed: number; expected: number }>;
  pValue: number;
  replications: number;
  recurrenceYears: number;
  significance: Significance;
  explanation: string;
}

/** Scores a candidate and computes its Monte Carlo p-value and recurrence interval. */
export async function scanCandidate(
  candidate: WaveCandidate,
  baseline: Baseline,
  options: PoissonScanOptions,
): Promise<PoissonScanResult> {
  const days = options.maxDays ?? 7;
  const siteIds = [...new Set(candidate.siteIds)];
  const input = {
    sites: siteIds.length,
    days,
    means: expectedTable(baseline, siteIds, candidate.classes, options.now, days),
    mode: options.subsets ?? 'best',
  };
  const counts = observedTable(candidate, siteIds, options, days);
  const best = scanObservedCounts(input, counts);
  const evaluations = options.evaluationsPerYear ?? 365.25;
  // nothing above expectation: no simulation can be less remarkable, p = 1 without running any
  const monteCarlo =
    best.statistic > 0
      ? await monteCarloPValue('poisson-scan', input, best.statistic, options)
      : { pValue: 1, replications: 0, exceedances: 0, stoppedEarly: false, statistics: new Float64Array() };
  const significance = significanceOf(monteCarlo, best.statistic, evaluations);
  const window = { days: best.days, start: options.now - best.days * DAY_MS, end: options.now };
  const sites = best.sites.map((row) => ({
    siteId: siteIds[row],
    observed: sum(counts, row * days, best.days),
    expected: sum(input.means, row * days, best.days),
  }));
  return {
    statistic: best.statistic,
    window,
    observed: best.observed,
    expected: best.expected,
    sites,
    pValue: significance.pValue,
    replications: significance.replications,
    recurrenceYears: significance.recurrenceYears,
    significance,
    explanation: explain(best.observed, best.expected, sites.length, siteIds.length, best.days, significance),
  };
}

/** sites × days: expected incidents of the classes at each site on each of the last D days. */
export function expectedTable(
  baseline: Baseline,
  siteIds: readonly string[],
  classes: readonly string[],
  now: number,
  days: number,
): Float64Array {
  const classRows = baseline.classIndexes(classes);
  const means = new Float64Array(siteIds.length * days);
  siteIds.forEach((siteId, s) => {
    const row = baseline.siteIndex(siteId);
    for (let d = 0; d < days; d++)
      means[s * days + d] = baseline.expectedAt(row, classRows, now - (d + 1) * DAY_MS, now - d * DAY_MS);
  });
  return means;
}

function observedTable(
  candidate: WaveCandidate,
  siteIds: string[],
  options: PoissonScanOptions,
  days: number,
): Float64Array {
  const rows = new Map(siteIds.map((id, index) => [id, index]));
  const classes = new Set(candidate.classes);
  const include = options.include ?? ((incident) => incident.status !== 'refuted' && incident.status !== 'duplicate');
  const counts = new Float64Array(siteIds.length * days);
  for (const incident of candidate.incidents) {
    const row = incident.siteId === null ? undefined : rows.get(incident.siteId);
    if (row === undefined || incident.start >= options.now || incident.start < options.now - days * DAY_MS) continue;
    const name = options.classOf(incident);
    if (name === null || !classes.has(name) || !include(incident)) continue;
    counts[row * days + dayBefore(options.now, incident.start)]++;
  }
  return counts;
}

function sum(values: Float64Array, offset: number, length: number): number {
  let total = 0;
  for (let i = 0; i < length; i++) total += values[offset + i];
  return total;
}

function explain(
  observed: number,
  expected: number,
  sites: number,
  candidateSites: number,
  days: number,
  significance: Significance,
): string {
  if (observed === 0 || significance.replications === 0) {
    return `No more incidents than usual at the candidate's ${candidateSites} sites in the last ${days === 1 ? 'day' : `${days} days`}.`;
  }
  const where =
    sites === candidateSites ? `the candidate's ${sites} sites` : `${sites} of the candidate's ${candidateSites} sites`;
  const period = days === 1 ? 'the last 24 hours' : `the last ${days} days`;
  const p = significance.pValue < 0.001 ? significance.pValue.toExponential(1) : significance.pValue.toPrecision(2);
  return (
    `${observed} incidents at ${where} in ${period}, where the usual rates expect ${expected.toFixed(2)} ` +
    `(p = ${p}, ${significance.replications} simulations)`
  );
}
