/**
 * Keeps a campaign's probable members up to date (src/analysis/waves/probable-members.ts): the
 * untagged acts of its classes, in its reach, outside it, beyond what those places usually produce. Run for every campaign near the
 * incidents just processed, since an untagged act changes no campaign's members.
 */
import { classOf } from '../../analysis/event-class.ts';
import type { Campaign, CampaignDecision } from '../../analysis/linking/campaign-types.ts';
import type { AnalysisSite } from '../../analysis/types.ts';
import {
  assignProbableMembers,
  campaignProbableMembers,
  probablePeriods,
  type Baseline,
  type ProbableMember,
} from '../../analysis/waves/index.ts';
import type { AnalysisRepository } from '../../store/analysis.repository.ts';
import type { CampaignRepository } from '../../store/campaign.repository.ts';

const DAY_MS = 86_400_000;

interface Deps {
  analysis: AnalysisRepository;
  campaigns: CampaignRepository;
}

/** The incidents analysts dismissed as probable members of each campaign key (the decisions replayed). */
export function dismissedProbables(decisions: readonly CampaignDecision[]): Map<string, Set<string>> {
  const dismissed = new Map<string, Set<string>>();
  for (const decision of decisions) {
    if (decision.kind !== 'dismiss_probable') continue;
    dismissed.set(decision.campaign, (dismissed.get(decision.campaign) ?? new Set()).add(decision.incident));
  }
  return dismissed;
}

/** A campaign's probable members as found, before they are weighed against the other campaigns'. */
export interface FoundProbables {
  campaignId: string;
  found: ProbableMember[];
  classShares: Record<string, number>;
  eventTypes: string[];
  /** the likelihood ratio of every act the campaign scored, weighed against the other campaigns' */
  ratios?: ReadonlyMap<string, number>;
}

/** Finds the campaign's probable members (none for a dismissed campaign or one under 3 members). */
export async function findProbableMembers(
  deps: Deps,
  baseline: Baseline,
  sites: readonly AnalysisSite[],
  campaignId: string,
  campaign: Campaign,
  dismissed: ReadonlySet<string> | undefined,
): Promise<FoundProbables> {
  const none = { campaignId, found: [], classShares: {}, eventTypes: [] };
  if (campaign.status === 'dismissed' || campaign.members.length < 3) return none;
  const members = (await deps.analysis.byIds(campaign.members)).filter(
    (i) => i.status !== 'refuted' && i.status !== 'duplicate',
  );
  if (members.length === 0) return none;
  const periods = probablePeriods(members);
  const attacks = async (period: { from: number; to: number }) =>
    (await deps.analysis.between(new Date(period.from), new Date(period.to))).filter((i) => classOf(i) === 'attack');
  const result = campaignProbableMembers({
    members,
    campaignSites: campaign.sites,
    windowAttacks: await attacks(periods.window),
    historyAttacks: await attacks(periods.history),
    baseline,
    sites,
    dismissed,
  });
  return { campaignId, ...result };
}

/**
 * Stores the probable members of the campaigns just looked at, each act with the campaign it most
 * probably belongs to and never with one it is a member of (`members`: every campaign's members); its
 * probability weighs the act against every one of these campaigns' claims, not the background's alone.
 */
export async function storeProbableMembers(
  deps: Deps,
  results: readonly FoundProbables[],
  members: ReadonlySet<string>,
): Promise<void> {
  const assigned = assignProbableMembers(
    results.map((result) => result.found),
    members,
    { ratios: results.map((result) => result.ratios) },
  );
  for (const [i, result] of results.entries()) {
    await deps.campaigns.setProbableMembers(
      result.campaignId,
      assigned[i].map((p) => ({
        incidentId: p.incidentId,
        observed: p.observed,
        expected: p.expected,
        excessProbability: p.excessProbability,
        details: {
          night: new Date(p.night * DAY_MS).toISOString().slice(0, 10),
          class: p.classKey,
          class_shares: result.classShares,
          campaign_acts: p.campaignActs,
          campaign_nights: p.campaignNights,
          event_types: result.eventTypes,
        },
        explanation: p.explanation,
      })),
    );
  }
}
