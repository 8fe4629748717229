/**
 * Regional clusters that share no signature: the prospective space-time permutation scan
 * (Kulldorff, Heffernan, Hartman, Assunção & Mostashari 2005) over the whole incident stream.
 * Cylinders are a site and its nearest neighbours (up to k sites, optionally within a radius) ×
 * the last 1..D days; expectations come from the data's own margins, so no baseline is needed and
 * shifts in reporting over the years cancel out.
 *
 * THE TRAP. Because the expected count of a cylinder is (its zone's share of all cases) × (cases in
 * its window everywhere), a burst that raises every site at once raises the expectation exactly as
 * much as the count: a purely temporal, nationwide wave scores nothing here, by design. This scan
 * only finds clusters in space *and* time. National or multi-city campaigns are the job of the
 * expectation-based Poisson scan of each candidate (poisson-scan.ts), whose expectations come from
 * history. Circular zones also fit a campaign spread over distant cities badly, for the same reason.
 */
import type { AnalysisIncident, AnalysisSite } from '../types.ts';
import { monteCarloPValue, type MonteCarloOptions, type MonteCarloResult } from './monte-carlo.ts';
import { DAY_MS, dayBefore } from './paris-day.ts';
import { observedClusters, type Cylinder, type PermutationScanInput } from './permutation-scan.kernel.ts';
import { significanceOf, type Significance } from './recurrence.ts';

/** How to scan the stream. */
export interface PermutationScanOptions extends MonteCarloOptions {
  /** the end of every window (evaluation time), epoch milliseconds */
  now: number;
  /** D, the longest window in days (default 7) */
  maxDays?: number;
  /** the study period whose margins give the expectations, in days before now (default 365) */
  studyDays?: number;
  /** the most sites in a zone, the centre included (default 10) */
  maxSites?: number;
  /** the widest zone, in kilometres from its centre (default unlimited) */
  radiusKm?: number;
  /** the most clusters reported, without shared sites (default 3) */
  maxClusters?: number;
  /** which incidents are cases; by default all but refuted ones and duplicates */
  include?: (incident: AnalysisIncident) => boolean;
  /** for the recurrence: evaluations a year (default 365.25, one prospective analysis a day) */
  evaluationsPerYear?: number;
}

/** One cluster found by the scan. */
export interface SpaceTimeCluster {
  centreSiteId: string;
  /** the zone's sites, nearest to the centre first */
  siteIds: string[];
  window: { days: number; start: number; end: number };
  observed: number;
  expected: number;
  statistic: number;
  significance: Significance;
  explanation: string;
}

/** The scan's answer: the most likely cluster first, then secondary ones. */
export interface PermutationScanResult {
  clusters: SpaceTimeCluster[];
  /** cases of the study period, and of its last D days */
  cases: number;
  recentCases: number;
}

/** Scans the stream for space-time clusters and computes their Monte Carlo p-values. */
export async function scanSpaceTimePermutation(
  incidents: Iterable<AnalysisIncident>,
  sites: readonly AnalysisSite[],
  options: PermutationScanOptions,
): Promise<PermutationScanResult> {
  const input = permutationInput(incidents, sites, options);
  const found = observedClusters(input, options.maxClusters ?? 3);
  if (found.length === 0) return { clusters: [], cases: input.caseSites.length, recentCases: input.recentDays.length };
  const primary = await monteCarloPValue('permutation-scan', input, found[0].statistic, options);
  const evaluations = options.evaluationsPerYear ?? 365.25;
  const clusters = found.map((cylinder, index) => {
    const result = index === 0 ? primary : secondaryResult(primary, cylinder.statistic, options.stopAfter ?? 10);
    return describeCluster(cylinder, sites, options.now, significanceOf(result, cylinder.statistic, evaluations));
  });
  return { clusters, cases: input.caseSites.length, recentCases: input.recentDays.length };
}

/**
 * A secondary cluster is compared with the same simulated maxima as the primary (as SaTScan does,
 * which makes its p-value conservative). Its statistic is lower, so it reaches h exceedances no
 * later than the primary did; ties count against it.
 */
function secondaryResult(primary: MonteCarloResult, observed: number, stopAfter: number): MonteCarloResult {
  let exceedances = 0;
  for (let i = 0; i < primary.statistics.length; i++) {
    if (primary.statistics[i] >= observed - 1e-9 * Math.max(1, observed)) exceedances++;
    if (exceedances >= stopAfter) {
      return {
        pValue: exceedances / (i + 1),
        replications: i + 1,
        exceedances,
        stoppedEarly: true,
        statistics: primary.statistics.slice(0, i + 1),
      };
    }
  }
  return { ...primary, pValue: (exceedances + 1) / (primary.replications + 1), exceedances, stoppedEarly: false };
}

/** The cases and zones as typed arrays; recent cases come first in caseSites, matching recentDays. */
export function permutationInput(
  incidents: Iterable<AnalysisIncident>,
  sites: readonly AnalysisSite[],
  options: PermutationScanOptions,
): PermutationScanInput {
  const days = options.maxDays ?? 7;
  const studyStart = options.now - (options.studyDays ?? 365) * DAY_MS;
  const recentStart = options.now - days * DAY_MS;
  const rows = new Map(sites.map((site, index) => [site.id, index]));
  const include = options.include ?? ((incident) => incident.status !== 'refuted' && incident.status !== 'duplicate');
  const recentSites: number[] = [];
  const recentDays: number[] = [];
  const olderSites: number[] = [];
  for (const incident of incidents) {
    if (incident.start < studyStart || incident.start >= options.now || incident.siteId === null) continue;
    const row = rows.get(incident.siteId);
    if (row === undefined || !include(incident)) continue;
    if (incident.start >= recentStart) {
      recentSites.push(row);
      recentDays.push(dayBefore(options.now, incident.start));
    } else {
      olderSites.push(row);
    }
  }
  const maxZoneSize = Math.max(1, Math.min(options.maxSites ?? 10, sites.length));
  const { zones, zoneSizes } = nearestZones(sites, maxZoneSize, options.radiusKm ?? Infinity);
  return {
    sites: sites.length,
    days,
    zones,
    zoneSizes,
    maxZoneSize,
    caseSites: Int32Array.from([...recentSites, ...olderSites]),
    recentDays: Int32Array.from(recentDays),
  };
}

/** For each centre, its nearest sites (itself first) up to the size and radius limits. */
function nearestZones(sites: readonly AnalysisSite[], maxZoneSize: number, radiusKm: number) {
  const zones = new Int32Array(sites.length * maxZoneSize);
  const zoneSizes = new Int32Array(sites.length);
  sites.forEach((centre, c) => {
    const nearest = sites
      .map((site, index) => ({ index, distance: index === c ? -1 : distanceKm(centre, site) }))
      .filter((entry) => entry.distance <= radiusKm)
      .sort((a, b) => a.distance - b.distance || a.index - b.index)
      .slice(0, maxZoneSize);
    nearest.forEach((entry, k) => (zones[c * maxZoneSize + k] = entry.index));
    zoneSizes[c] = nearest.length;
  });
  return { zones, zoneSizes };
}

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const radians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * radians;
  const dLon = (b.lon - a.lon) * radians;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function describeCluster(
  cylinder: Cylinder,
  sites: readonly AnalysisSite[],
  now: number,
  significance: Significance,
): SpaceTimeCluster {
  const siteIds = cylinder.sites.map((row) => sites[row].id);
  const period = cylinder.days === 1 ? 'the last 24 hours' : `the last ${cylinder.days} days`;
  const p = significance.pValue < 0.001 ? significance.pValue.toExponential(1) : significance.pValue.toPrecision(2);
  return {
    centreSiteId: sites[cylinder.centre].id,
    siteIds,
    window: { days: cylinder.days, start: now - cylinder.days * DAY_MS, end: now },
    observed: cylinder.observed,
    expected: cylinder.expected,
    statistic: cylinder.statistic,
    significance,
    explanation:
      `${cylinder.observed} incidents at ${siteIds.length === 1 ? 'one site' : `${siteIds.length} neighbouring sites`} ` +
      `around ${sites[cylinder.centre].id} in ${period}, where their usual share of the period's incidents is ` +
      `${cylinder.expected.toFixed(2)} (space-time permutation, p = ${p}, ${significance.replications} permutations)`,
  };
}
