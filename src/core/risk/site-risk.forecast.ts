/**
 * The site risk at an instant, from the stores: the Hawkes model over the incidents of the 30 days
 * before (analysis/waves/site-risk.ts), the detainee factors, and the active campaigns' pressure on
 * the sites most like those they struck (analysis/risk/campaign-pressure.ts). The detection runtime
 * holds the baseline and calls this; the ranking holder stores what it returns.
 */
import { campaignPressure, withCampaigns, type ActiveCampaign } from '../../analysis/risk/campaign-pressure.ts';
import { classOf } from '../../analysis/event-class.ts';
import type { AnalysisIncident, AnalysisSite } from '../../analysis/types.ts';
import {
  SiteAffinity,
  SiteRiskModel,
  signatureRegionsFrom,
  type Baseline,
  type SiteRisk,
} from '../../analysis/waves/index.ts';
import type { AnalysisRepository } from '../../store/analysis.repository.ts';
import type { CampaignRepository } from '../../store/campaign.repository.ts';

const DAY_MS = 86_400_000;
/** The incidents the excitation and the campaigns are read from. */
const RECENT_DAYS = 30;
/** A campaign is active until this many days after its last member. */
const CAMPAIGN_ACTIVE_DAYS = 7;

export interface SiteRiskForecastDeps {
  analysis: Pick<AnalysisRepository, 'between'>;
  campaigns: Pick<CampaignRepository, 'overlapping' | 'members'> &
    Partial<Pick<CampaignRepository, 'probableMemberIds'>>;
  siteFactors?: (at: number) => Promise<ReadonlyMap<string, { factor: number; reasons: string[] }>>;
}

/** Every site's risk at `at`, for each horizon asked (one read of the stores for all of them). */
export async function forecastSiteRisk(
  deps: SiteRiskForecastDeps,
  baseline: Baseline,
  sites: readonly AnalysisSite[],
  at: number,
  horizons: readonly number[],
): Promise<SiteRisk[][]> {
  const recent = (await deps.analysis.between(new Date(at - RECENT_DAYS * DAY_MS), new Date(at))).filter(
    (incident) => incident.start <= at && incident.status !== 'refuted' && incident.status !== 'duplicate',
  );
  const affinity = new SiteAffinity(sites, { signatureRegion: signatureRegionsFrom(recent) });
  const siteFactors = await deps.siteFactors?.(at);
  const model = new SiteRiskModel(baseline, sites, { classes: ['attack'], classOf, affinity, siteFactors });
  for (const incident of recent) model.observe(incident);
  const campaigns = await activeCampaigns(deps, recent, at);
  const siteTargets = targetsBySite(recent);
  return horizons.map((hours) =>
    withCampaigns(
      model.forecast(at, hours),
      campaignPressure(campaigns, sites, at, hours, { activeDays: CAMPAIGN_ACTIVE_DAYS, siteTargets }),
    ),
  );
}

/** The campaigns not dismissed with a member in the week before `at`, their attacks (probable members too) among `recent`. */
async function activeCampaigns(
  deps: SiteRiskForecastDeps,
  recent: readonly AnalysisIncident[],
  at: number,
): Promise<ActiveCampaign[]> {
  const rows = (
    await deps.campaigns.overlapping(new Date(at - CAMPAIGN_ACTIVE_DAYS * DAY_MS), new Date(at + 1))
  ).filter((row) => row.state !== 'dismissed');
  if (rows.length === 0) return [];
  const members = await deps.campaigns.members(rows.map((row) => row.id));
  // the probable members (untagged acts of its classes in its reach) count as its acts: its struck
  // sites and momentum grow with them (issue 15 §4; measured by bench:risk --phase waves)
  const probable = (await deps.campaigns.probableMemberIds?.(rows.map((row) => row.id))) ?? new Map();
  const byId = new Map(
    recent.filter((incident) => classOf(incident) === 'attack').map((incident) => [incident.id, incident]),
  );
  return rows.map((row) => ({
    id: row.id,
    label: row.shared_signatures[0]?.text ?? null,
    members: [...(members.get(row.id) ?? []), ...(probable.get(row.id) ?? [])].flatMap((id) => byId.get(id) ?? []),
  }));
}

/** The target kinds each site has seen among the recent incidents. */
function targetsBySite(recent: readonly AnalysisIncident[]): Map<string, Set<string>> {
  const targets = new Map<string, Set<string>>();
  for (const incident of recent) {
    if (incident.siteId === null) continue;
    let kinds = targets.get(incident.siteId);
    if (!kinds) targets.set(incident.siteId, (kinds = new Set()));
    for (const kind of incident.targetKinds) kinds.add(kind);
  }
  return targets;
}
