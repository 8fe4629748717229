import { createHash } from 'node:crypto';
import { classOf } from '../../analysis/event-class.ts';
import type { Campaign } from '../../analysis/linking/campaign-types.ts';
import type { AnalysisSite } from '../../analysis/types.ts';
import {
  countedEvaluationsPerYear, hawkesTest, isMultiSiteBurst, scanCandidate, scanSpaceTimePermutation, type Baseline,
} from '../../analysis/waves/index.ts';
import type { AnalysisRepository } from '../../store/analysis.repository.ts';
import type { CampaignRepository } from '../../store/campaign.repository.ts';

const DAY_MS = 86_400_000;

export interface SignificanceOptions {
  /** an alarm is raised when chance would produce the burst less often than once in this many years */
  alarmRecurrenceYears: number;
  /** Monte Carlo replications (999 by default) */
  replications: number;
  /** regional scans a year, for their recurrence interval (one a day) */
  evaluationsPerYear: number;
  /**
   * campaign tests a year assumed at the least; the rate counted over the year before each test
   * (wave_evaluations) is used when higher
   */
  minCampaignEvaluationsPerYear: number;
  /** longest scan window, days */
  maxDays: number;
}

export const DEFAULT_SIGNIFICANCE: SignificanceOptions = {
  alarmRecurrenceYears: 1, replications: 999, evaluationsPerYear: 365.25, minCampaignEvaluationsPerYear: 50, maxDays: 7,
};

/** A seed from a campaign key: the same campaign gets the same p-value on every run. */
const seedOf = (key: string) => createHash('sha256').update(key).digest().readUInt32BE(0);

interface Deps { analysis: AnalysisRepository; campaigns: CampaignRepository }

/**
 * Tests a campaign against the usual rates of its sites: the expectation-based Poisson scan over
 * windows of 1 to 7 days ending at its latest member (Neill 2009), and the Hawkes test of cross-site
 * excitation. Stores the result on the campaign; raises (or updates) an alarm when it is rare enough
 * at the counted test rate and its burst spans two sites or more, none holding over half of it.
 */
export async function evaluateCampaign(deps: Deps, baseline: Baseline, sites: AnalysisSite[], campaignId: string, campaign: Campaign, options: SignificanceOptions): Promise<void> {
  const siteIds = campaign.sites.filter((id) => baseline.siteIndex(id) >= 0);
  if (siteIds.length < 2 || campaign.status === 'dismissed') {
    await deps.campaigns.setSignificance(campaignId, { tested: false, reason: siteIds.length < 2 ? 'fewer than two facilities' : 'dismissed' });
    await deps.campaigns.deleteAlarmsOf(campaignId);
    return;
  }
  // Evaluated as it was when its latest member arrived: the prospective question.
  const now = campaign.end;
  const from = now - (options.maxDays + 1) * DAY_MS;
  const incidents = (await deps.analysis.atSitesBetween(siteIds, new Date(from), new Date(now))).filter((i) => i.status !== 'refuted' && i.status !== 'duplicate');
  const seed = seedOf(campaign.key);
  // E, the tests a year: counted over the year before this one, as the alarm budget 1/T assumes
  const counted = await deps.campaigns.evaluationsBetween(new Date(now - 365.25 * DAY_MS), new Date(now));
  const evaluationsPerYear = countedEvaluationsPerYear(counted + 1, options.minCampaignEvaluationsPerYear);
  const scan = await scanCandidate({ id: campaign.key, siteIds, classes: ['attack'], incidents }, baseline, {
    now, maxDays: options.maxDays, classOf, replications: options.replications, seed, workers: 'auto', evaluationsPerYear,
  });
  await deps.campaigns.recordEvaluation(campaign.key, campaign.members.length, new Date(now), scan.pValue);
  const spread = isMultiSiteBurst(scan.sites);
  const memberSet = new Set(campaign.members);
  const hawkes = hawkesTest(incidents.filter((i) => memberSet.has(i.id) || classOf(i) === 'attack'), baseline, sites, {
    from: now - options.maxDays * DAY_MS, to: now, classes: ['attack'], seed, replications: 199,
  });
  const significance = {
    tested: true, evaluated_at: new Date(now).toISOString(),
    poisson_scan: {
      statistic: scan.statistic, p_value: scan.pValue, recurrence_years: scan.recurrenceYears, replications: scan.replications,
      window: { days: scan.window.days, start: new Date(scan.window.start).toISOString(), end: new Date(scan.window.end).toISOString() },
      observed: scan.observed, expected: scan.expected, sites: scan.sites, sentence: scan.significance.sentence, explanation: scan.explanation,
      evaluations_per_year: evaluationsPerYear, multi_site: spread,
    },
    hawkes: { statistic: hawkes.statistic, p_value: hawkes.pValue, method: hawkes.method, explanation: hawkes.explanation },
  };
  await deps.campaigns.setSignificance(campaignId, significance);
  // A burst at one prison with a neighbour attached is local, however unlikely: not a wave.
  if (scan.recurrenceYears >= options.alarmRecurrenceYears && spread) {
    await deps.campaigns.upsertAlarm({
      campaignId, method: 'poisson_scan', statistic: scan.statistic, pValue: scan.pValue, recurrenceYears: scan.recurrenceYears,
      windowStart: new Date(scan.window.start), windowEnd: new Date(scan.window.end), sites: scan.sites.map((s) => s.siteId),
      incidentIds: campaign.members, details: significance.poisson_scan, explanation: `${campaign.explanation}. ${scan.significance.sentence}.`,
    });
  } else {
    await deps.campaigns.deleteAlarmsOf(campaignId);
  }
}

/**
 * The prospective space-time permutation scan over the whole stream (Kulldorff 2005), for regional
 * clusters that share no signature. Blind by design to a nationwide simultaneous wave: that is what
 * the campaign scan is for.
 */
export async function scanRegional(deps: Deps, baseline: Baseline, sites: AnalysisSite[], now: number, options: SignificanceOptions): Promise<void> {
  const study = (await deps.analysis.between(new Date(now - 365 * DAY_MS), new Date(now)))
    .filter((i) => i.siteId && classOf(i) === 'attack' && i.status !== 'refuted' && i.status !== 'duplicate');
  if (study.length < 20) return;
  const result = await scanSpaceTimePermutation(study, sites, {
    now, maxDays: options.maxDays, replications: options.replications, seed: 7, workers: 'auto', evaluationsPerYear: options.evaluationsPerYear,
  });
  for (const cluster of result.clusters) {
    if (cluster.significance.recurrenceYears < options.alarmRecurrenceYears) continue;
    const inCluster = study.filter((i) => cluster.siteIds.includes(i.siteId!) && i.start >= cluster.window.start && i.start < cluster.window.end);
    if (!isMultiSiteBurst(cluster.siteIds.map((site) => ({ observed: inCluster.filter((i) => i.siteId === site).length })))) continue;
    const members = inCluster.map((i) => i.id);
    await deps.campaigns.upsertAlarm({
      campaignId: null, method: 'permutation_scan', statistic: cluster.statistic, pValue: cluster.significance.pValue,
      recurrenceYears: cluster.significance.recurrenceYears, windowStart: new Date(cluster.window.start), windowEnd: new Date(cluster.window.end),
      sites: cluster.siteIds, incidentIds: members,
      details: { observed: cluster.observed, expected: cluster.expected, centre: cluster.centreSiteId, sentence: cluster.significance.sentence },
      explanation: `${cluster.explanation}. ${cluster.significance.sentence}.`,
    });
  }
  void baseline;
}
