/**
 * The site risk at an instant, from the stores: the Hawkes model over the incidents of the 30 days
 * before (analysis/waves/site-risk.ts), the detainee factors, and the active campaigns' pressure on
 * the sites most like those they struck (analysis/risk/campaign-pressure.ts). The detection runtime
 * holds the baseline and calls this; the ranking holder stores what it returns.
 */
import type { ActiveCampaign, CampaignPressureOptions } from '../../analysis/risk/campaign-pressure.ts';
import {
  CAMPAIGN_ACTIVE_DAYS,
  RECENT_DAYS,
  forecastWithCampaigns,
} from '../../analysis/risk/forecast-with-campaigns.ts';
import { classOf } from '../../analysis/event-class.ts';
import type { AnalysisIncident, AnalysisSite } from '../../analysis/types.ts';
import type { Baseline, SiteRisk } from '../../analysis/waves/index.ts';
import type { AnalysisRepository } from '../../store/analysis.repository.ts';
import type { CampaignRepository } from '../../store/campaign.repository.ts';

const DAY_MS = 86_400_000;

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
  /** the campaign term's settings and the watch list's size, for the bench's what-ifs (the runtime passes none: the defaults) */
  what?: CampaignPressureOptions & { cover?: number },
): Promise<SiteRisk[][]> {
  const recent = (await deps.analysis.between(new Date(at - RECENT_DAYS * DAY_MS), new Date(at))).filter(
    (incident) => incident.start <= at && incident.status !== 'refuted' && incident.status !== 'duplicate',
  );
  const siteFactors = await deps.siteFactors?.(at);
  const campaigns = await activeCampaigns(deps, recent, at);
  const { cover, ...pressure } = what ?? {};
  return forecastWithCampaigns({ baseline, sites, recent, campaigns, at, horizons, siteFactors, pressure, cover }).map(
    (forecast) => forecast.ranked,
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
