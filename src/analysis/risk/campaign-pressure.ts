/**
 * Site risk that knows the campaign. While a campaign is active, its next attacks are expected at the
 * sites most like those it has hit: the same directorate or a neighbouring one, the same kind of
 * facility, targets of the kinds it goes for, within the distance it has already spread over. The
 * campaign's momentum (its recent members, decaying) gives how many more attacks to expect over the
 * horizon. A share of them (`restrike`) goes back to the sites it already struck, by how recently:
 * campaigns return to their targets (the bench's waves strike a fifth of their sites twice; in April
 * 2025, Nîmes, an Aix officer and Amiens were hit twice within days). The rest is shared among the
 * sites not yet struck by a similarity weight (times the site's usual rate with `exposure`, off by
 * default). With `spreadAfter` (off by default) a campaign whose latest acts each struck a new site
 * spreads (campaign-shape.ts): none of its attacks are expected back, the busiest new sites first.
 * With `spreadPrior` (off by default) the share of its attacks that go on to new sites anywhere, by
 * their usual rate, is the probability that it spreads, read from its own returns and new sites.
 * The result adds to the Hawkes forecast (see
 * `withCampaigns`), with a reason naming the campaign (a code with parameters, never a sentence).
 */
import type { AnalysisIncident, AnalysisSite } from '../types.ts';
import type { SiteRisk } from '../waves/site-risk.ts';
import { campaignSpreads, onwardWeights, spreadBelief } from './campaign-shape.ts';
import type { RiskReason } from './risk-reason.ts';
import type { CampaignShapes } from './watch-list.ts';

const DAY_MS = 86_400_000;

/** A campaign the detection holds, with the members it has so far. */
export interface ActiveCampaign {
  id: string;
  /** the shared signature's text (DDPF), or null */
  label: string | null;
  members: readonly AnalysisIncident[];
}

export interface CampaignPressureOptions {
  /** further attacks each member brings, spread over the campaign's decay (default 1: a wave that goes on) */
  offspring?: number;
  /** decay of a campaign's momentum per day (default 0.2: a mean life of 5 days) */
  beta?: number;
  /** a campaign is active until this many days after its last member (default 7) */
  activeDays?: number;
  /** the fewest distinct sites that make a campaign worth a forecast (default 2) */
  minSites?: number;
  /** km within which a directorate's sites make it a neighbour of a struck site (default 150) */
  neighbourKm?: number;
  /** the campaigns named in a site's reasons, largest share first (default 2; the others still count) */
  reasonsPerSite?: number;
  /** the target kinds each site has seen (from history), to weigh the campaign's targets */
  siteTargets?: ReadonlyMap<string, ReadonlySet<string>>;
  /** the share of the expected attacks that go back to the sites already struck (default RESTRIKE_SHARE) */
  restrike?: number;
  /**
   * the re-strike share read from the campaign itself: RESTRIKE_SHARE is a prior worth this many acts,
   * and each of the campaign's acts after its first says whether it went back to a site the campaign
   * had struck on an earlier night (default RESTRIKE_PRIOR_ACTS; 0: the fixed share `restrike`)
   */
  restrikePrior?: number;
  /** a struck directorate weighs (its struck sites)^ground more (default 0: every struck directorate alike) */
  ground?: number;
  /**
   * how much more a site next to a struck one weighs than one far from all of them (default
   * PROXIMITY): × (1 + proximity × e^(−d / s)), d the distance to the nearest struck site, s the
   * campaign's own pocket size (the median distance from each struck site to the nearest other one,
   * 25 km at least): a campaign that strikes in pockets raises the sites next to its own, one that
   * spreads far raises its ground evenly
   */
  proximity?: number;
  /** each site's usual expected attacks over the horizon (the Hawkes background), to weigh the spread by exposure */
  siteRates?: ReadonlyMap<string, number>;
  /**
   * how much a site's usual rate weighs in the spread (default EXPOSURE): × rate^exposure. A campaign
   * picks among the sites like those it struck much as attackers do every night, where there is most
   * to hit (the largest prisons, with the most staff and cars, are the ones attacked most); 0 spreads
   * over the similar sites alike
   */
  exposure?: number;
  /**
   * a campaign whose last `spreadAfter` acts each struck a new site spreads (`campaignSpreads`): its
   * expected attacks all go to the sites it has not struck, weighed by exposure `spreadExposure`
   * (default SPREAD_AFTER; Infinity: never)
   */
  spreadAfter?: number;
  /** the exposure of a spreading campaign's sites (default SPREAD_EXPOSURE) */
  spreadExposure?: number;
  /**
   * the prior probability that a campaign spreads rather than returns (`spreadBelief`, read from its
   * own acts): that share of its expected attacks goes to the sites it has not struck, anywhere, by
   * their usual rate^spreadExposure, and no longer back or to its neighbourhood (default SPREAD_PRIOR; 0: off)
   */
  spreadPrior?: number;
  /** how often a returning campaign goes back to a struck site, per act (default RETURN_RATE) */
  returnRate?: number;
  /**
   * how much a campaign's own acts excite their sites in the Hawkes model as it is believed to spread
   * (forecast-with-campaigns.ts): each act's excitation × (1 − belief × (1 − spreadExcites)); 1 (default):
   * as any act, 0: a spreading campaign's acts raise their sites only through the campaign term
   */
  spreadExcites?: number;
}

/**
 * Off (`CampaignPressureOptions.spreadPrior`): on the detection bench's tuning seeds 1 / 2 no prior beat
 * main's rule (0.1: 201 / 230 wave mornings against 200 / 229; 0.2 and 0.4 fewer, and fewer still with
 * `spreadExcites` 0), held out 841 against 850 of 3,002, the real-wave replay 6 of 33 either way: a
 * campaign's first acts do not tell its shape. See docs/detection.md, "Site risk" (8 December 2026).
 */
export const SPREAD_PRIOR = 0;

/**
 * Off: on the detection bench's tuning seeds 1 and 2 (with its spreading waves) a spread decided after
 * 3 new sites in a row found 193 / 226 wave mornings against 200 / 229 without (4 and 6 fewer still),
 * and moved none of the spreading waves' mornings. See docs/detection.md, "Site risk".
 */
export const SPREAD_AFTER = Infinity;
/** See `CampaignPressureOptions.spreadExposure`. */
export const SPREAD_EXPOSURE = 1;

/**
 * Off by default: on the detection bench's seeds 1 and 2 (quick sizes, long waves in pockets) 3 gave
 * 130 / 151 mornings against 131 / 153 without it; never chosen on the real wave's replay. See
 * docs/detection.md, "Site risk".
 */
export const PROXIMITY = 0;

/**
 * The spread weighed by each site's usual rate (`CampaignPressureOptions.exposure`), **off by default**.
 * Set on at first on principle (the sites most like those attacked, and of them the ones attackers go
 * for): on the detection bench's tuning seeds 1 and 2 it found 129 / 154 wave mornings of 537 / 510
 * against 131 / 155 without (0.5: 129 / 155), the rule that left `PROXIMITY` off; the held-out seeds 3-6
 * gave 603 against 610 of 2,084, and the real-wave replay 1 morning of 11 either way (its site rates
 * are the demo background's, invented). The bench's waves draw their sites without regard to their
 * rates, so it cannot reward the weight; see docs/detection.md, "Site risk".
 */
export const EXPOSURE = 0;

/**
 * The share of a campaign's next attacks expected at the sites it already struck. Chosen on the
 * detection bench's histories (seeds 1 and 2, quick sizes; seeds 3 and 4 held out), never on the
 * real wave's replay: see docs/detection.md, "Site risk during a campaign". With the spreading waves
 * planted (December 2026) 0.4 won the tuning seeds (441 against 429 wave mornings) and lost held out
 * (828 against 850), so it stays.
 */
export const RESTRIKE_SHARE = 0.6;

/**
 * How many acts' worth RESTRIKE_SHARE weighs against what the campaign shows (learnedRestrike). See
 * docs/detection.md, "Site risk".
 */
export const RESTRIKE_PRIOR_ACTS = 0;

/**
 * The share of a campaign's next attacks expected back at its struck sites, read from its own acts:
 * the acts after its first at a site that were re-strikes (the campaign had struck that site on an
 * earlier night, 12 hours before or more) among those at a site, with `prior` (the bench's share)
 * worth `priorActs` acts. A campaign that never went back to a site is expected to go on to new ones
 * (April 2025: two returns in about twenty facility acts, Nîmes within a day and Aix nine days later).
 */
export function learnedRestrike(
  members: readonly Pick<AnalysisIncident, 'siteId' | 'start'>[],
  prior: number,
  priorActs: number,
): number {
  if (priorActs <= 0) return prior;
  const sited = members.filter((member) => member.siteId !== null).sort((a, b) => a.start - b.start);
  const firstAt = new Map<string, number>();
  let acts = 0;
  let back = 0;
  for (const member of sited) {
    const first = firstAt.get(member.siteId!);
    if (first === undefined) firstAt.set(member.siteId!, member.start);
    if (member === sited[0]) continue;
    acts++;
    if (first !== undefined && member.start - first >= 12 * 3_600_000) back++;
  }
  return (back + prior * priorActs) / (acts + priorActs);
}

/** What a campaign adds to one site: expected attacks over the horizon and the reason. */
export interface CampaignShare {
  expected: number;
  reasons: RiskReason[];
}

/**
 * The expected attacks each active campaign adds to each site over `horizonHours` after `now`, with
 * a reason per campaign naming what the site shares with the sites struck.
 */
export function campaignPressure(
  campaigns: readonly ActiveCampaign[],
  sites: readonly AnalysisSite[],
  now: number,
  horizonHours: number,
  options: CampaignPressureOptions = {},
): Map<string, CampaignShare> {
  const beta = options.beta ?? 0.2;
  const activeDays = options.activeDays ?? 7;
  const shares = new Map<string, { expected: number; parts: Array<{ expected: number; reason: RiskReason }> }>();
  const byId = new Map(sites.map((site) => [site.id, site]));
  for (const campaign of campaigns) {
    const members = campaign.members.filter((member) => member.start <= now);
    const struck = [
      ...new Set(members.map((member) => member.siteId).filter((id): id is string => id !== null && byId.has(id))),
    ].map((id) => byId.get(id)!);
    if (struck.length < (options.minSites ?? 2)) continue;
    const last = Math.max(...members.map((member) => member.start));
    if (now - last > activeDays * DAY_MS) continue;
    // momentum: Σ e^{−β age}; over the horizon the campaign brings offspring × momentum × (1 − e^{−βH}) more
    const momentum = members.reduce((sum, member) => sum + Math.exp((-beta * (now - member.start)) / DAY_MS), 0);
    const total = (options.offspring ?? 1) * momentum * (1 - Math.exp(-beta * (horizonHours / 24)));
    const struckIds = new Set(struck.map((site) => site.id));
    // re-strike: each struck site by its members' recency; spread: the others by similarity
    const recency = new Map<string, number>();
    for (const member of members)
      if (member.siteId && struckIds.has(member.siteId))
        recency.set(
          member.siteId,
          (recency.get(member.siteId) ?? 0) + Math.exp((-beta * (now - member.start)) / DAY_MS),
        );
    const recencySum = [...recency.values()].reduce((s, r) => s + r, 0);
    // a campaign that keeps striking new sites is expected at new ones, the busiest first
    const spreads = campaignSpreads(members, options.spreadAfter ?? SPREAD_AFTER);
    const restrike = restrikeShare(members, options);
    const pocketKm = pocketSize(struck);
    const weights = sites.map((site) =>
      struckIds.has(site.id)
        ? { weight: 0, traits: ['struck'] }
        : similarity(site, struck, members, options, pocketKm, spreads),
    );
    const sum = weights.reduce((s, w) => s + w.weight, 0);
    // a campaign believed to spread goes on to new sites anywhere, where attacks usually fall
    const belief = spreadBelief(members, options.spreadPrior ?? SPREAD_PRIOR, options.returnRate);
    const onward = onwardWeights(
      sites,
      struckIds,
      belief,
      options.siteRates,
      options.spreadExposure ?? SPREAD_EXPOSURE,
    );
    const onwardTotal = onward.sum > 0 ? total * belief : 0;
    if (total <= 0 || (sum <= 0 && recencySum <= 0 && onwardTotal <= 0)) continue;
    // the spread's share goes back to the struck sites when no other site looks like them
    const spreadTotal = sum > 0 ? (total - onwardTotal) * (1 - restrike) : 0;
    const restrikeTotal = total - onwardTotal - spreadTotal;
    // the reason counts the members of the last two weeks, the 30 most recent at most (bounded evidence)
    const evidence = members
      .filter((member) => now - member.start <= 14 * DAY_MS)
      .sort((a, b) => b.start - a.start)
      .slice(0, 30)
      .map((member) => ({ id: member.id, siteId: member.siteId, time: member.start }));
    sites.forEach((site, row) => {
      const { weight } = weights[row];
      const similar = (spreadTotal * weight) / Math.max(sum, 1e-12);
      const onwardShare = (onwardTotal * (onward.weights[row] ?? 0)) / Math.max(onward.sum, 1e-12);
      const expected = struckIds.has(site.id)
        ? (restrikeTotal * (recency.get(site.id) ?? 0)) / Math.max(recencySum, 1e-12)
        : similar + onwardShare;
      if (expected <= 0) return;
      // a site raised mostly because the campaign goes on to new sites, where attacks usually fall
      const traits = onwardShare > similar ? ['new_sites', 'often_attacked'] : weights[row].traits;
      const share = shares.get(site.id) ?? { expected: 0, parts: [] };
      share.expected += expected;
      share.parts.push({
        expected,
        reason: {
          code: 'campaign',
          params: {
            campaign_id: campaign.id,
            label: campaign.label ?? '',
            sites: new Set(evidence.map((item) => item.siteId)).size,
            incidents: evidence.length,
            traits,
            ...(options.spreadPrior ? { new_site_share: Math.round(100 * belief) } : {}),
          },
          evidence,
        },
      });
      shares.set(site.id, share);
    });
  }
  const named = options.reasonsPerSite ?? 2;
  return new Map(
    [...shares].map(([site, share]) => [
      site,
      {
        expected: share.expected,
        reasons: share.parts
          .sort((a, b) => b.expected - a.expected)
          .slice(0, named)
          .map((part) => part.reason),
      },
    ]),
  );
}

/**
 * Each active campaign's two shapes as hypotheses for the watch list (watch-list.ts): it goes back to
 * its struck sites (all its expected attacks shared as the re-strike shares them, with the weight of
 * its re-strike share) or on to new ones (all of them shared as the spread shares them, with the
 * rest). Their mixture is exactly what `campaignPressure` adds to each site with the same options.
 */
export function campaignShapes(
  campaigns: readonly ActiveCampaign[],
  sites: readonly AnalysisSite[],
  now: number,
  horizonHours: number,
  options: CampaignPressureOptions = {},
): CampaignShapes[] {
  return campaigns.flatMap((campaign) => {
    const members = campaign.members.filter((member) => member.start <= now);
    const weight = restrikeShare(members, options);
    const under = (restrike: number) =>
      campaignPressure([campaign], sites, now, horizonHours, {
        ...options,
        restrike,
        restrikePrior: 0,
        spreadAfter: Infinity,
      });
    const back = under(1);
    const onward = under(0);
    const first = [...back.values(), ...onward.values()][0];
    if (!first) return [];
    const expected = (shares: Map<string, CampaignShare>) =>
      new Map([...shares].map(([site, part]) => [site, part.expected]));
    return [
      {
        campaignId: campaign.id,
        label: campaign.label,
        hypotheses: [
          { shape: 'return' as const, weight, expected: expected(back) },
          { shape: 'spread' as const, weight: 1 - weight, expected: expected(onward) },
        ],
        evidence: first.reasons[0].evidence ?? [],
      },
    ];
  });
}

/** The share of a campaign's expected attacks that go back to its struck sites (none when it spreads), in [0, 1]. */
function restrikeShare(members: readonly AnalysisIncident[], options: CampaignPressureOptions): number {
  if (campaignSpreads(members, options.spreadAfter ?? SPREAD_AFTER)) return 0;
  const learned = learnedRestrike(
    members,
    options.restrike ?? RESTRIKE_SHARE,
    options.restrikePrior ?? RESTRIKE_PRIOR_ACTS,
  );
  return Math.min(1, Math.max(0, learned));
}

/** How much a site looks like the sites a campaign struck, and the traits that say so. */
function similarity(
  site: AnalysisSite,
  struck: readonly AnalysisSite[],
  members: readonly AnalysisIncident[],
  options: CampaignPressureOptions,
  pocketKm: number,
  spreads: boolean,
) {
  const traits: string[] = spreads ? ['spreading'] : [];
  let weight = 1;
  const nearest = Math.min(...struck.map((other) => km(site, other)));
  const neighbourKm = options.neighbourKm ?? 150;
  const directorates = new Set(struck.map((other) => other.directorate));
  if (site.directorate && directorates.has(site.directorate)) {
    // a campaign's ground: the more of its struck sites a directorate holds, the likelier its next
    const ground = options.ground ? struck.filter((other) => other.directorate === site.directorate).length : 1;
    weight *= 6 * ground ** (options.ground ?? 0);
    traits.push('directorate');
  } else if (nearest <= neighbourKm) {
    weight *= 3;
    traits.push('neighbour_directorate');
  }
  // a campaign is expected where it has been: a site in none of its directorates and near none of its
  // sites is not among the most like them, whatever its kind (a kind alone spread a wave over 180 sites)
  else return { weight: 0, traits };
  const sameKind = struck.filter((other) => other.kind === site.kind).length;
  if (sameKind > 0) {
    weight *= 1 + (2 * sameKind) / struck.length;
    traits.push('kind');
  }
  // reach: the campaign's spread (the widest distance between two struck sites, 100 km at least)
  const spread = Math.max(100, ...struck.flatMap((a) => struck.map((b) => km(a, b))));
  if (nearest <= spread) traits.push('within_reach');
  else weight *= Math.exp(-(nearest - spread) / 100);
  weight *= 1 + (options.proximity ?? PROXIMITY) * Math.exp(-nearest / pocketKm);
  const exposure = spreads ? (options.spreadExposure ?? SPREAD_EXPOSURE) : (options.exposure ?? EXPOSURE);
  const rate = options.siteRates?.get(site.id);
  if (exposure > 0 && rate !== undefined) weight *= Math.max(rate, 1e-9) ** exposure;
  const targets = options.siteTargets?.get(site.id);
  if (targets) {
    const wanted = new Set(members.flatMap((member) => member.targetKinds));
    const seen = [...wanted].filter((kind) => targets.has(kind)).length;
    if (wanted.size > 0 && seen > 0) {
      weight *= 1 + seen / wanted.size;
      traits.push('targets');
    }
  }
  return { weight, traits };
}

/** The campaign's pocket size: the median distance from each struck site to the nearest other one, 25 km at least. */
function pocketSize(struck: readonly AnalysisSite[]): number {
  const nearest = struck
    .map((site) => Math.min(...struck.filter((other) => other !== site).map((other) => km(site, other))))
    .sort((a, b) => a - b);
  return Math.max(25, nearest[nearest.length >> 1] ?? 100);
}

/** Great-circle distance in km. */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const radians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * radians;
  const dLon = (b.lon - a.lon) * radians;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The Hawkes forecast with the campaigns' shares added (each campaign's reason first), ranked again. */
export function withCampaigns(forecast: readonly SiteRisk[], shares: ReadonlyMap<string, CampaignShare>): SiteRisk[] {
  return forecast
    .map((risk) => {
      const share = shares.get(risk.siteId);
      if (!share || share.expected <= 0) return risk;
      const expected = risk.expected + share.expected * (risk.factor ?? 1);
      const reasons = [...share.reasons, ...risk.reasons.filter((reason) => reason.code !== 'usual_rates')];
      return {
        ...risk,
        expected,
        excitation: risk.excitation + share.expected,
        probability: -Math.expm1(-expected),
        relativeRisk: risk.background > 0 ? expected / risk.background : Infinity,
        reasons,
      };
    })
    .sort((a, b) => b.probability - a.probability || b.relativeRisk - a.relativeRisk);
}
