/**
 * The site risk at an instant from what the store holds of the 30 days before it: the Hawkes model
 * over the recent incidents (analysis/waves/site-risk.ts) and the active campaigns' pressure on the
 * sites most like those they struck (campaign-pressure.ts), with the target kinds each site has seen
 * recently. One function for the runtime (core/risk/site-risk.forecast.ts reads the stores and calls
 * it) and the detection bench (bench/detect/evaluate-wave-risk.ts reads its history and calls it), so
 * the bench measures what the runtime serves: before, the bench gave the campaign term no site targets
 * and the model only the recent attacks, where the runtime gave both every recent incident.
 */
import { classOf } from '../event-class.ts';
import type { AnalysisIncident, AnalysisSite } from '../types.ts';
import type { Baseline } from '../waves/baseline.ts';
import { SiteAffinity, signatureRegionsFrom } from '../waves/site-affinity.ts';
import { SiteRiskModel, type SiteRisk } from '../waves/site-risk.ts';
import { spreadBelief } from './campaign-shape.ts';
import {
  campaignPressure,
  SPREAD_PRIOR,
  campaignShapes,
  withCampaigns,
  type ActiveCampaign,
  type CampaignPressureOptions,
} from './campaign-pressure.ts';
import { RARITY_EXCITATION, rarityStrength } from './rarity-excitation.ts';
import { COVER_SITES, coverRanking } from './watch-list.ts';

/** The days of incidents the excitation, the site targets and the campaigns are read from. */
export const RECENT_DAYS = 30;
/** A campaign is active until this many days after its last member. */
export const CAMPAIGN_ACTIVE_DAYS = 7;

export interface ForecastInput {
  baseline: Baseline;
  sites: readonly AnalysisSite[];
  /** the incidents of the RECENT_DAYS before `at` (every class; refuted and duplicate ones left out) */
  recent: readonly AnalysisIncident[];
  /** the campaigns active at `at`, with their members (probable members too) */
  campaigns: readonly ActiveCampaign[];
  at: number;
  horizons: readonly number[];
  siteFactors?: ReadonlyMap<string, { factor: number; reasons: string[] }>;
  /** the campaign term's settings (the runtime's defaults; the bench's tuning scripts try others) */
  pressure?: CampaignPressureOptions;
  /** γ of the excitation by rarity (default RARITY_EXCITATION; the bench's tuning scripts try others) */
  rarity?: number;
  /** how many first sites are chosen to cover the campaigns' shapes (default COVER_SITES; 0: off) */
  cover?: number;
}

/** For each horizon, the Hawkes forecast alone and with the campaigns' shares (the one served). */
export function forecastWithCampaigns(input: ForecastInput): Array<{ hawkes: SiteRisk[]; ranked: SiteRisk[] }> {
  const { baseline, sites, recent, campaigns, at } = input;
  const affinity = new SiteAffinity(sites, { signatureRegion: signatureRegionsFrom(recent) });
  const model = new SiteRiskModel(baseline, sites, {
    classes: ['attack'],
    classOf,
    affinity,
    siteFactors: input.siteFactors,
  });
  // a rare kind of attack (a shot, a staff car burned) excites more than a graffiti, the total kept
  const strength = rarityStrength(
    recent.filter((incident) => classOf(incident) === 'attack'),
    input.rarity ?? RARITY_EXCITATION,
  );
  const damped = memberDamping(campaigns, at, input.pressure);
  for (const incident of recent) model.observe(incident, strength(incident) * (damped.get(incident.id) ?? 1));
  const siteTargets = targetsBySite(recent);
  return input.horizons.map((hours) => {
    const hawkes = model.forecast(at, hours);
    const options = {
      activeDays: CAMPAIGN_ACTIVE_DAYS,
      siteTargets,
      siteRates: new Map(hawkes.map((risk) => [risk.siteId, risk.background])),
      ...input.pressure,
    };
    const ranked = withCampaigns(hawkes, campaignPressure(campaigns, sites, at, hours, options));
    // the first sites cover the campaigns' shapes (a return and a spread), each site's numbers its own
    const cover = input.cover ?? COVER_SITES;
    if (cover <= 0) return { hawkes, ranked };
    return { hawkes, ranked: coverRanking(ranked, campaignShapes(campaigns, sites, at, hours, options), cover) };
  });
}

/** The target kinds each site has seen among the recent incidents. */
export function targetsBySite(recent: readonly AnalysisIncident[]): Map<string, Set<string>> {
  const targets = new Map<string, Set<string>>();
  for (const incident of recent) {
    if (incident.siteId === null) continue;
    let kinds = targets.get(incident.siteId);
    if (!kinds) targets.set(incident.siteId, (kinds = new Set()));
    for (const kind of incident.targetKinds) kinds.add(kind);
  }
  return targets;
}

/**
 * What each member of a campaign believed to spread still excites in the Hawkes model: a spreading
 * campaign is not expected back at its struck sites, so its acts raise them only as far as it may
 * return (`CampaignPressureOptions.spreadExcites`; 1, the default, leaves every act as it is).
 */
function memberDamping(
  campaigns: readonly ActiveCampaign[],
  at: number,
  options: CampaignPressureOptions = {},
): Map<string, number> {
  const damped = new Map<string, number>();
  const keep = options.spreadExcites ?? 1;
  const prior = options.spreadPrior ?? SPREAD_PRIOR;
  if (keep >= 1 || prior <= 0) return damped;
  for (const campaign of campaigns) {
    const members = campaign.members.filter((member) => member.start <= at);
    const factor = 1 - spreadBelief(members, prior, options.returnRate) * (1 - keep);
    for (const member of members) damped.set(member.id, Math.min(damped.get(member.id) ?? 1, factor));
  }
  return damped;
}
