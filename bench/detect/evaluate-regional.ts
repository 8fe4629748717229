/**
 * Regional clusters without a signature: the prospective space-time permutation scan over the
 * attacks of the last year, as the detection runtime runs it (zones of up to 10 nearest sites,
 * windows of 1 to 7 days, one analysis a day, here at 08:00 UTC). Planted runs are scanned on the
 * days of each cluster (and the day after); the null history on a sample of days. The bench rule
 * also asks a regional alarm to have its incidents at two sites or more, none holding more than
 * half (a burst at one site is a space-time cluster, not a regional one); each day keeps the best
 * recurrence with and without that rule, so any threshold can be applied afterwards.
 */
import type { AnalysisIncident, AnalysisSite } from '../../src/analysis/types.ts';
import {
  isMultiSiteBurst,
  Rng,
  scanSpaceTimePermutation,
  type SpaceTimeCluster,
} from '../../src/analysis/waves/index.ts';
import type { PlantedGroup } from './generator-plants.ts';
import type { HistoryIndex } from './history-index.ts';
import { median, percentile, share } from './metrics.ts';
import { classOf } from './vocabulary.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Scanning a planted cluster stops once it is found at this recurrence (beyond every threshold used). */
const CERTAIN_YEARS = 1000;

export interface RegionalOptions {
  replications: number;
  workers: number;
}

const isAttack = (incident: AnalysisIncident) => classOf(incident) === 'attack';

/** True when the cluster's attacks in its window are at two sites or more, none holding more than half. */
function multiSite(index: HistoryIndex, cluster: SpaceTimeCluster): boolean {
  return isMultiSiteBurst(
    cluster.siteIds.map((site) => ({
      observed: index.atSite(site, cluster.window.start, cluster.window.end).filter(isAttack).length,
    })),
  );
}

/** One daily analysis: its multi-site clusters with their recurrence, and how long it took. */
async function dailyScan(
  index: HistoryIndex,
  sites: readonly AnalysisSite[],
  now: number,
  seed: number,
  options: RegionalOptions,
) {
  const started = performance.now();
  const result = await scanSpaceTimePermutation(index.between(now - 365 * DAY_MS, now), sites, {
    now,
    include: isAttack,
    maxDays: 7,
    maxSites: 10,
    replications: options.replications,
    seed,
    workers: options.workers,
  });
  const clusters = result.clusters.map((cluster) => ({
    siteIds: cluster.siteIds,
    years: cluster.significance.recurrenceYears,
    multiSite: multiSite(index, cluster),
  }));
  return { clusters, primaryP: result.clusters[0]?.significance.pValue, milliseconds: performance.now() - started };
}

/** Per planted cluster: each morning scanned, the best recurrence of a cluster holding two of its sites (multi-site or any). */
export async function scanPlantedRegional(
  index: HistoryIndex,
  sites: readonly AnalysisSite[],
  planted: readonly PlantedGroup[],
  options: RegionalOptions,
) {
  const times: number[] = [];
  const records = [];
  for (const [c, cluster] of planted.entries()) {
    const firstMorning = Math.floor(cluster.start / DAY_MS) * DAY_MS + DAY_MS + 8 * HOUR_MS;
    const mornings: Array<{ hours: number; years: number; anyYears: number; elsewhereYears: number }> = [];
    for (let now = firstMorning, day = 0; now <= cluster.end + DAY_MS + 8 * HOUR_MS; now += DAY_MS, day++) {
      const scan = await dailyScan(index, sites, now, 1000 + c * 16 + day, options);
      times.push(scan.milliseconds);
      const holds = (ids: string[]) => ids.filter((id) => cluster.sites.includes(id)).length >= 2;
      const best = (items: typeof scan.clusters) => Math.max(0, ...items.map((item) => item.years));
      const years = best(scan.clusters.filter((item) => item.multiSite && holds(item.siteIds)));
      const anyYears = best(scan.clusters.filter((item) => holds(item.siteIds)));
      const elsewhereYears = best(scan.clusters.filter((item) => item.multiSite && !holds(item.siteIds)));
      mornings.push({ hours: (now - cluster.start) / HOUR_MS, years, anyYears, elsewhereYears });
      if (years >= CERTAIN_YEARS) break;
    }
    records.push({ id: cluster.id, mornings });
  }
  return { records, scanMs: { p50: median(times), p95: percentile(times, 0.95) } };
}

/** On a null history: `days` mornings drawn at random in [from, to), each with its best recurrence (multi-site, and any). */
export async function scanNullRegional(
  index: HistoryIndex,
  sites: readonly AnalysisSite[],
  from: number,
  to: number,
  days: number,
  seed: number,
  options: RegionalOptions,
) {
  const rng = new Rng(seed);
  const span = Math.floor((to - from) / DAY_MS) - 1;
  const best: number[] = [];
  const bestAny: number[] = [];
  const primaryP: number[] = [];
  for (let d = 0; d < days; d++) {
    const now = Math.floor(from / DAY_MS) * DAY_MS + rng.int(span) * DAY_MS + 8 * HOUR_MS;
    const scan = await dailyScan(index, sites, now, 5000 + d, options);
    best.push(Math.max(0, ...scan.clusters.filter((cluster) => cluster.multiSite).map((cluster) => cluster.years)));
    bestAny.push(Math.max(0, ...scan.clusters.map((cluster) => cluster.years)));
    if (scan.primaryP !== undefined) primaryP.push(scan.primaryP);
  }
  return { days, best, bestAny, primaryP };
}

/** Detection of the planted clusters and null alarm days at a recurrence threshold (one analysis a day). */
export function regionalAtThreshold(
  planted: Awaited<ReturnType<typeof scanPlantedRegional>>,
  nullScan: Awaited<ReturnType<typeof scanNullRegional>>,
  years: number,
  multiSiteRule = true,
) {
  const delays: number[] = [];
  let elsewhere = 0;
  for (const record of planted.records) {
    const hit = record.mornings.find((morning) => (multiSiteRule ? morning.years : morning.anyYears) >= years);
    if (hit) delays.push(hit.hours);
    elsewhere += record.mornings.filter((morning) => morning.elsewhereYears >= years).length;
  }
  const alarmDays = (multiSiteRule ? nullScan.best : nullScan.bestAny).filter((value) => value >= years).length;
  return {
    years,
    multiSiteRule,
    clusters: planted.records.length,
    detected: delays.length,
    recall: share(delays.length, planted.records.length),
    delayHours: { median: median(delays), p90: percentile(delays, 0.9) },
    alarmsElsewhere: elsewhere,
    nullAlarmDays: alarmDays,
    nullDays: nullScan.days,
    nullPerYear: share(alarmDays, nullScan.days) * 365.25,
    nominalPerYear: 1 / years,
  };
}
