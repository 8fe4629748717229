/**
 * Signature burst: how many sites carried one signature in the last 1 to D days, against that
 * signature's own usual rate.
 *
 * Why a test of its own: the Poisson scan counts attacks at the campaign's sites against their
 * usual rates, so a new tag on three car burnings in three cities on one night weighs no more than
 * three unrelated car burnings. The tag is the evidence of coordination. Under the null, carriers of
 * a signature arrive as a Poisson process at the signature's background rate (its carriers before
 * the campaign, plus half a carrier so that a tag never seen before is rare, not impossible). The
 * test is asked because a carrier arrived, so it conditions on that one: the p-value is the Poisson
 * tail of the other sites counted in the best window, multiplied by the number of windows tried
 * (Bonferroni). A new tag at one site is therefore no evidence at all, at two sites weak evidence,
 * and at three sites within days strong evidence. Counting sites, not incidents, keeps a burst of one tag at
 * one prison (a local crew) from looking like a wave.
 */

import { DAY_MS } from './paris-day.ts';
/** Half a carrier: the rate of a signature never seen in the background period. */
const PRIOR_CARRIERS = 0.5;
/**
 * The new-deployment prior: until the store holds a year of its own history, a tag's usual rate is
 * at least that of a tag never seen in a year, half a carrier a year (0.0014 a day). On the bench's
 * national history (docs/detection.md) the rarest of the fifty ordinary tags is carried about three
 * times a year and a one-off tag never twice; a tag no one has seen is rarer than the rarest ordinary one.
 * A short history that has seen the tag often enough says more than the prior: its own rate counts.
 */
export const PRIOR_YEAR_DAYS = 365;

export interface SignatureCarrier {
  /** the facility id, or a key of the place for incidents without a facility */
  siteKey: string;
  start: number;
}

export interface SignatureBurstInput {
  /** the signature as people write it, for the explanation */
  signature: string;
  /** the campaign's members carrying the signature (or an alias or close variant of it) */
  carriers: readonly SignatureCarrier[];
  /** end of every window, epoch ms */
  now: number;
  /** D, the longest window in days (default 7) */
  maxDays?: number;
  /** carriers of the signature and its variants in the background period (before the campaign) */
  backgroundCarriers: number;
  /** length of the background period, days (at least 30 are assumed) */
  backgroundDays: number;
}

export interface SignatureBurstResult {
  pValue: number;
  /** the best window */
  windowDays: number;
  /** distinct sites carrying the signature in the best window */
  sites: number;
  /** carriers expected by chance in the best window */
  expected: number;
  /** usual carriers a year of the signature */
  ratePerYear: number;
  /** true when the rate is the new-deployment prior (less than a year of history, and it said less) */
  prior: boolean;
  explanation: string;
}

/** The campaign's own carriers fall within this many days before the test; the background ends there. */
export const BACKGROUND_GAP_DAYS = 31;

/**
 * Windows past D tried too: a rare tag's reach is three weeks (April 2025 spread its carriers over 21
 * nights; the bench's long waves whose first three tagged sites fell more than 7 days apart were
 * alarmed by the third in 1 case of 5 with windows of 7 days at most). Each window is paid for
 * (Bonferroni), so a common tag's weeks say nothing more than before.
 */
export const LONG_WINDOWS_DAYS = [14, 21];

/** The background period of a test at `now`: the year before the gap, or what history there is. */
export function backgroundPeriod(now: number, historyStart: number): { from: number; to: number; days: number } {
  const to = now - BACKGROUND_GAP_DAYS * DAY_MS;
  const from = Math.max(historyStart, to - 365 * DAY_MS);
  return { from, to, days: Math.max(0, (to - from) / DAY_MS) };
}

/** P(X ≥ k) for X ~ Poisson(λ), summed from k upward so that tiny tails keep their precision. */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  let term = Math.exp(-lambda);
  for (let i = 1; i <= k; i++) term *= lambda / i;
  let sum = 0;
  for (let i = k; i < k + 200 && term > sum * 1e-17; i++) {
    sum += term;
    term *= lambda / (i + 1);
  }
  return Math.min(1, sum);
}

/** Tests the carriers of one signature against its usual rate over windows of 1 to D days, 14 and 21 days, ending at `now`. */
export function signatureBurstTest(input: SignatureBurstInput): SignatureBurstResult {
  const maxDays = input.maxDays ?? 7;
  // a year of history (or the prior's year), or the short history's own rate when that is higher
  const yearly = (input.backgroundCarriers + PRIOR_CARRIERS) / Math.max(PRIOR_YEAR_DAYS, input.backgroundDays);
  const observed = input.backgroundCarriers / Math.max(30, input.backgroundDays);
  const prior = input.backgroundDays < PRIOR_YEAR_DAYS && yearly >= observed;
  const perDay = Math.max(yearly, observed);
  const windows = [
    ...Array.from({ length: maxDays }, (_, i) => i + 1),
    ...LONG_WINDOWS_DAYS.filter((days) => days > maxDays),
  ];
  let best = { p: 1, days: maxDays, sites: 0, expected: perDay * maxDays };
  for (const days of windows) {
    const from = input.now - days * DAY_MS;
    const sites = new Set(
      input.carriers
        .filter((carrier) => carrier.start > from && carrier.start <= input.now)
        .map((carrier) => carrier.siteKey),
    ).size;
    const expected = perDay * days;
    const p = poissonUpperTail(sites - 1, expected);
    if (p < best.p) best = { p, days, sites, expected };
  }
  const pValue = Math.min(1, best.p * windows.length);
  const ratePerYear = perDay * 365.25;
  return {
    pValue,
    windowDays: best.days,
    sites: best.sites,
    expected: best.expected,
    ratePerYear,
    prior,
    explanation:
      `${input.signature} at ${best.sites} site${best.sites === 1 ? '' : 's'} in ${best.days} day${best.days === 1 ? '' : 's'}, ` +
      (prior
        ? `where a tag unseen in ${Math.round(input.backgroundDays)} days of history is taken as rare as one unseen in a year (${PRIOR_CARRIERS} carrier a year) `
        : `where its usual rate (${input.backgroundCarriers} carrier${input.backgroundCarriers === 1 ? '' : 's'} in ${Math.round(input.backgroundDays)} days before) `) +
      `gives ${best.expected < 0.01 ? best.expected.toExponential(1) : best.expected.toFixed(2)}`,
  };
}
