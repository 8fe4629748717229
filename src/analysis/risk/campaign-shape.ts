/**
 * Does a campaign return to its targets or spread to new ones? Read from its own acts as it unfolds.
 * The detection bench's waves strike a fifth of their sites twice and their re-struck sites are
 * nearly all the hits a ranking makes on them; the real April 2025 wave struck a new facility almost
 * every night (two returns in about twenty facility acts, Nîmes within a day before the campaign was
 * even formed), mostly large maisons d'arrêt and centres pénitentiaires. The campaign term expects
 * the first shape to come back to its struck sites and the second to go on to new ones, the busiest
 * first (see campaign-pressure.ts).
 */
import type { AnalysisIncident, AnalysisSite } from '../types.ts';

/** An act at a site the campaign struck on an earlier night (12 hours before or more) is a return. */
const RETURN_GAP_MS = 12 * 3_600_000;

/** Each of a campaign's acts after its first at a site, in time order: true for a return, false for a new site. */
export function campaignActs(members: readonly Pick<AnalysisIncident, 'siteId' | 'start'>[]): boolean[] {
  const sited = members.filter((member) => member.siteId !== null).sort((a, b) => a.start - b.start);
  const firstAt = new Map<string, number>();
  const acts: boolean[] = [];
  sited.forEach((member, i) => {
    const first = firstAt.get(member.siteId!);
    if (first === undefined) firstAt.set(member.siteId!, member.start);
    if (i === 0) return;
    // a second act at a site the same night tells neither shape
    if (first === undefined) acts.push(false);
    else if (member.start - first >= RETURN_GAP_MS) acts.push(true);
  });
  return acts;
}

/** How many of the campaign's latest acts went, one after the other, to a site it had not struck. */
export function newSiteRun(members: readonly Pick<AnalysisIncident, 'siteId' | 'start'>[]): number {
  const acts = campaignActs(members);
  let run = 0;
  for (let i = acts.length - 1; i >= 0 && !acts[i]; i--) run++;
  return run;
}

/**
 * A campaign spreads when its last `after` acts (at least) each struck a site it had not struck
 * before: it is expected to go on to new sites rather than back to its own. A return ends the run,
 * so a campaign that goes back is expected to go back again until it has spread anew.
 */
export function campaignSpreads(
  members: readonly Pick<AnalysisIncident, 'siteId' | 'start'>[],
  after: number,
): boolean {
  return Number.isFinite(after) && newSiteRun(members) >= after;
}

/**
 * How often a campaign that returns goes back to a site it struck, per act after its first (a fifth
 * of a returning wave's sites are struck twice on the detection bench); see `spreadBelief`.
 */
export const RETURN_RATE = 0.2;
/** How often a campaign that spreads is seen back at a struck site all the same (a stray act, a mislinked one). */
export const SPREAD_RETURN_RATE = 0.02;

/**
 * The probability that a campaign spreads (goes on to new sites) rather than returns, from its own
 * acts: `prior` for a campaign with no act after its first, then Bayes over each act after the
 * first at a site (campaignActs), a return being likely under the returning shape (`returnRate`)
 * and rare under the spreading one. A campaign that never went back after ten new sites is a
 * spreading one (April 2025); one return makes it a returning one. 0 when `prior` is 0 (off).
 */
export function spreadBelief(
  members: readonly Pick<AnalysisIncident, 'siteId' | 'start'>[],
  prior: number,
  returnRate = RETURN_RATE,
): number {
  if (prior <= 0) return 0;
  if (prior >= 1) return 1;
  let logOdds = Math.log(prior / (1 - prior));
  for (const back of campaignActs(members))
    logOdds += back ? Math.log(SPREAD_RETURN_RATE / returnRate) : Math.log((1 - SPREAD_RETURN_RATE) / (1 - returnRate));
  return 1 / (1 + Math.exp(-logOdds));
}

/**
 * Each unstruck site's weight for a campaign going on to new sites, anywhere: its usual rate^exposure
 * (where attacks usually fall); none while the belief that it spreads is 0.
 */
export function onwardWeights(
  sites: readonly AnalysisSite[],
  struckIds: ReadonlySet<string>,
  belief: number,
  siteRates: ReadonlyMap<string, number> | undefined,
  exposure: number,
): { weights: number[]; sum: number } {
  if (belief <= 0) return { weights: [], sum: 0 };
  const weights = sites.map((site) =>
    struckIds.has(site.id) ? 0 : Math.max(siteRates?.get(site.id) ?? 1, 1e-9) ** exposure,
  );
  return { weights, sum: weights.reduce((s, w) => s + w, 0) };
}
