/**
 * When a scanned candidate is a wave: rare enough at the counted evaluation rate, and spread over
 * sites. A burst at one prison with a neighbour's incident attached is a local event, not a wave,
 * however unlikely; the bench found most false alarms of the null history were of that kind.
 */

/** No site may hold more than this share of the best subset's incidents. */
export const MAX_TOP_SITE_SHARE = 0.5;
/** The best subset must span at least this many sites. */
export const MIN_ALARM_SITES = 2;

/** The sites of a scan's best subset with their counts in the best window. */
export interface ScannedSite {
  observed: number;
}

/** True when the best subset spans two sites or more and none holds more than half of its incidents. */
export function isMultiSiteBurst(sites: readonly ScannedSite[]): boolean {
  const total = sites.reduce((sum, site) => sum + site.observed, 0);
  if (sites.filter((site) => site.observed > 0).length < MIN_ALARM_SITES || total === 0) return false;
  return Math.max(...sites.map((site) => site.observed)) <= MAX_TOP_SITE_SHARE * total;
}

/** The busiest site's share of the subset's incidents (1 when there are none). */
export function topSiteShare(sites: readonly ScannedSite[]): number {
  const total = sites.reduce((sum, site) => sum + site.observed, 0);
  return total > 0 ? Math.max(...sites.map((site) => site.observed)) / total : 1;
}

/**
 * The evaluation rate E behind a recurrence interval, from the evaluations counted over the last
 * year (E = count a year), never below `floor`: a young Vigie with three evaluations has not shown
 * that it evaluates three times a year.
 */
export function countedEvaluationsPerYear(countLastYear: number, floor: number): number {
  return Math.max(floor, countLastYear);
}

/** The tests a campaign's alarm rests on: the Poisson scan of its sites and its signature burst. */
export const WAVE_TESTS = 2;

/**
 * The p-value of a campaign's wave alarm: the better of its two tests, doubled (Bonferroni). The
 * scan counts only when its burst is spread over sites; the signature test counts sites itself.
 */
export function waveAlarmPValue(
  scan: { pValue: number; spread: boolean },
  signature: { pValue: number } | null,
): number {
  const best = Math.min(scan.spread ? scan.pValue : 1, signature?.pValue ?? 1);
  return Math.min(1, WAVE_TESTS * best);
}
