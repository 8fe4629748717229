/**
 * Keeps a campaign's probable members up to date (src/analysis/waves/probable-members.ts): the
 * untagged acts of its kind, outside it, on nights beyond the usual. Run for every campaign near the
 * incidents just processed, since an untagged act changes no campaign's members.
 */
import { classOf } from '../../analysis/event-class.ts';
import type { Campaign, CampaignDecision } from '../../analysis/linking/campaign-types.ts';
import type { AnalysisSite } from '../../analysis/types.ts';
import { campaignProbableMembers, probablePeriods, type Baseline } from '../../analysis/waves/index.ts';
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

/** Finds and stores the campaign's probable members; returns how many. */
export async function updateProbableMembers(
  deps: Deps,
  baseline: Baseline,
  sites: readonly AnalysisSite[],
  campaignId: string,
  campaign: Campaign,
  dismissed: ReadonlySet<string> | undefined,
): Promise<number> {
  if (campaign.status === 'dismissed' || campaign.members.length < 3) {
    await deps.campaigns.setProbableMembers(campaignId, []);
    return 0;
  }
  const members = (await deps.analysis.byIds(campaign.members)).filter(
    (i) => i.status !== 'refuted' && i.status !== 'duplicate',
  );
  if (members.length === 0) return 0;
  const periods = probablePeriods(members);
  const attacks = async (period: { from: number; to: number }) =>
    (await deps.analysis.between(new Date(period.from), new Date(period.to))).filter((i) => classOf(i) === 'attack');
  const { found, kindShare, eventTypes } = campaignProbableMembers({
    members,
    campaignSites: campaign.sites,
    windowAttacks: await attacks(periods.window),
    historyAttacks: await attacks(periods.history),
    baseline,
    sites,
    dismissed,
  });
  await deps.campaigns.setProbableMembers(
    campaignId,
    found.map((p) => ({
      incidentId: p.incidentId,
      observed: p.observed,
      expected: p.expected,
      excessProbability: p.excessProbability,
      details: {
        night: new Date(p.night * DAY_MS).toISOString().slice(0, 10),
        kind_share: kindShare,
        event_types: eventTypes,
      },
      explanation: p.explanation,
    })),
  );
  return found.length;
}
