/**
 * Keeps a campaign's probable members up to date (src/analysis/waves/probable-members.ts): the
 * untagged acts of its kind, outside it, on nights beyond the usual. Run for every campaign near the
 * incidents just processed, since an untagged act changes no campaign's members.
 */
import { classOf } from '../../analysis/event-class.ts';
import type { Campaign, CampaignDecision } from '../../analysis/linking/campaign-types.ts';
import type { AnalysisSite } from '../../analysis/types.ts';
import { campaignKind, ofKind, probableMembers, type Baseline } from '../../analysis/waves/index.ts';
import type { AnalysisRepository } from '../../store/analysis.repository.ts';
import type { CampaignRepository } from '../../store/campaign.repository.ts';

const DAY_MS = 86_400_000;

interface Deps { analysis: AnalysisRepository; campaigns: CampaignRepository }

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
  deps: Deps, baseline: Baseline, sites: readonly AnalysisSite[], campaignId: string, campaign: Campaign, dismissed: ReadonlySet<string> | undefined,
): Promise<number> {
  if (campaign.status === 'dismissed' || campaign.members.length < 3) {
    await deps.campaigns.setProbableMembers(campaignId, []);
    return 0;
  }
  const members = (await deps.analysis.byIds(campaign.members)).filter((i) => i.status !== 'refuted' && i.status !== 'duplicate');
  if (members.length === 0) return 0;
  const first = Math.min(...members.map((m) => m.start));
  const last = Math.max(...members.map((m) => m.start));
  const window = (await deps.analysis.between(new Date(first - DAY_MS), new Date(last + 3 * DAY_MS))).filter((i) => classOf(i) === 'attack');
  // the share of usual attacks of the campaign's kind: the year before the campaign, or all when none
  const kind = campaignKind(members);
  const history = (await deps.analysis.between(new Date(first - 365 * DAY_MS), new Date(first - DAY_MS))).filter((i) => classOf(i) === 'attack');
  const kindShare = history.length >= 20 ? Math.max(0.05, history.filter((i) => ofKind(i, kind)).length / history.length) : 1;
  const inCampaign = new Set(campaign.sites);
  const rows = sites.filter((site) => !inCampaign.has(site.id)).map((site) => baseline.siteIndex(site.id));
  const attack = baseline.classIndexes(['attack']);
  const found = probableMembers({
    members, candidates: window, kindShare, dismissed,
    expectedAttacksOnDay: (day) => rows.reduce((sum, row) => sum + baseline.dayRate(row, attack, day), 0),
  });
  await deps.campaigns.setProbableMembers(campaignId, found.map((p) => ({
    incidentId: p.incidentId, observed: p.observed, expected: p.expected, excessProbability: p.excessProbability,
    details: { night: new Date(p.night * DAY_MS).toISOString().slice(0, 10), kind_share: kindShare, event_types: [...kind.eventTypes].sort() }, explanation: p.explanation,
  })));
  return found.length;
}
