/**
 * The site risk during waves (issue 15.4): on each morning (08:00 UTC) of a planted wave after its
 * second site was struck, are the wave's next targets (sites it strikes within 72 h) among the 10
 * sites ranked first? Compared on the same mornings: the Hawkes model alone (the runtime's
 * parameters), the Hawkes model with the campaign pressure (analysis/risk/campaign-pressure.ts),
 * and the naive rankings "past attack count" (the two years before) and "sites hit in the last 7
 * days" (ties drawn at random, as the forecast bench does).
 *
 * The campaigns are formed as a tag alone would form them: attacks of the 14 days before sharing a
 * normalised signature at 2 sites or more (copycat tags included; untagged wave members are left
 * out). The runtime's campaigns also link by modus operandi, so this is the harder case.
 */
import type { ActiveCampaign, CampaignPressureOptions } from '../../src/analysis/risk/campaign-pressure.ts';
import { RECENT_DAYS, forecastWithCampaigns } from '../../src/analysis/risk/forecast-with-campaigns.ts';
import type { AnalysisIncident, AnalysisSite } from '../../src/analysis/types.ts';
import {
  assignProbableMembers,
  campaignProbableMembers,
  fitBaseline,
  probablePeriods,
  type ProbableRule,
  Rng,
  type Baseline,
} from '../../src/analysis/waves/index.ts';
import type { PlantedWave } from './generator-plants.ts';
import type { HistoryIndex } from './history-index.ts';
import { classOf } from './vocabulary.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const isAttack = (incident: AnalysisIncident) => classOf(incident) === 'attack';

/** What one ranking scored over the mornings. */
export interface RankingScore {
  hits: number;
  mornings: number;
  hitRate: number;
  targetRecall: number;
}
export interface WaveRiskResult {
  k: number;
  waves: number;
  mornings: number;
  scores: Record<'campaignAware' | 'hawkes' | 'pastCount' | 'lastWeek', RankingScore>;
  /** the same scores for each wave shape (fast, long, spread): a campaign that returns and one that spreads */
  byShape?: Record<string, WaveRiskResult>;
}

/** A ranking's score on one morning: hit (a target in the top k) and the share of targets in it. */
function tally(
  score: { hits: number; mornings: number; recall: number },
  top: readonly string[],
  targets: ReadonlySet<string>,
): void {
  const found = top.filter((id) => targets.has(id)).length;
  score.mornings += 1;
  score.hits += found > 0 ? 1 : 0;
  score.recall += found / targets.size;
}

/** Campaigns as a shared tag forms them over the 14 days before `now`. */
export function tagCampaigns(recent: readonly AnalysisIncident[]): ActiveCampaign[] {
  const bySignature = new Map<string, { label: string; members: AnalysisIncident[] }>();
  for (const incident of recent) {
    for (const signature of new Set(incident.signatures.map((s) => s.normalized))) {
      const group = bySignature.get(signature) ?? {
        label: incident.signatures.find((s) => s.normalized === signature)!.text,
        members: [],
      };
      group.members.push(incident);
      bySignature.set(signature, group);
    }
  }
  return [...bySignature]
    .filter(([, group]) => new Set(group.members.map((m) => m.siteId)).size >= 2)
    .map(([signature, group]) => ({ id: signature, label: group.label, members: group.members }));
}

/**
 * The campaigns with their probable members as the runtime stores them (what was known at `now`):
 * the untagged acts of their classes in their reach count as their acts, so their struck sites and
 * momentum grow (an act goes to its likeliest campaign, as in the runtime).
 */
export function withProbable(
  index: HistoryIndex,
  sites: readonly AnalysisSite[],
  baseline: Baseline,
  campaigns: readonly ActiveCampaign[],
  now: number,
  rule?: ProbableRule,
): ActiveCampaign[] {
  const known = (period: { from: number; to: number }) =>
    index
      .between(period.from, Math.min(period.to, now))
      .filter((incident) => isAttack(incident) && incident.start <= now);
  const results = campaigns.map((campaign) => {
    if (campaign.members.length < 3) return undefined;
    const periods = probablePeriods(campaign.members);
    return campaignProbableMembers({
      members: campaign.members,
      campaignSites: [...new Set(campaign.members.flatMap((m) => (m.siteId ? [m.siteId] : [])))],
      windowAttacks: known(periods.window),
      historyAttacks: known(periods.history),
      baseline,
      sites,
      rule,
    });
  });
  const assigned = assignProbableMembers(
    results.map((result) => result?.found ?? []),
    new Set(campaigns.flatMap((c) => c.members.map((m) => m.id))),
    { ratios: results.map((result) => result?.ratios), minProbability: rule?.minProbability },
  );
  return campaigns.map((campaign, i) => {
    if (assigned[i].length === 0) return campaign;
    const ids = new Set(assigned[i].map((p) => p.incidentId));
    const extra = known({ from: now - 30 * DAY_MS, to: now }).filter((incident) => ids.has(incident.id));
    return { ...campaign, members: [...campaign.members, ...extra] };
  });
}

/** The campaign term's settings and what else a tuning run may vary (probable members, rarity, the watch list's size). */
export type WaveRiskSettings = CampaignPressureOptions & {
  probable?: boolean;
  rarity?: number;
  probableRule?: ProbableRule;
  cover?: number;
};

/** The four rankings at `now`. */
export function rankings(
  index: HistoryIndex,
  sites: readonly AnalysisSite[],
  baseline: Baseline,
  now: number,
  rng: Rng,
  pressure: WaveRiskSettings = {},
) {
  // every incident of the 30 days before, as the runtime reads them (site-risk.forecast.ts)
  const recent = index
    .between(now - RECENT_DAYS * DAY_MS, now)
    .filter((incident) => incident.start <= now && incident.status !== 'refuted' && incident.status !== 'duplicate');
  const attacks = recent.filter(isAttack);
  const tagged = tagCampaigns(attacks.filter((incident) => incident.start >= now - 14 * DAY_MS));
  const campaigns =
    pressure.probable === false ? tagged : withProbable(index, sites, baseline, tagged, now, pressure.probableRule);
  const { probable: _, rarity, probableRule: __, cover, ...settings } = pressure;
  const [{ hawkes, ranked: campaignAware }] = forecastWithCampaigns({
    baseline,
    sites,
    recent,
    campaigns,
    at: now,
    horizons: [72],
    pressure: settings,
    rarity,
    cover,
  });
  const counts = (from: number) => {
    const count = new Map<string, number>();
    for (const incident of index.between(from, now))
      if (isAttack(incident) && incident.siteId) count.set(incident.siteId, (count.get(incident.siteId) ?? 0) + 1);
    return sites
      .map((site) => ({ id: site.id, count: count.get(site.id) ?? 0, tie: rng.float() }))
      .sort((a, b) => b.count - a.count || a.tie - b.tie)
      .map((row) => row.id);
  };
  return {
    campaignAware: campaignAware.map((r) => r.siteId),
    hawkes: hawkes.map((r) => r.siteId),
    pastCount: counts(now - 730 * DAY_MS),
    lastWeek: counts(now - 7 * DAY_MS),
  };
}

export const RANKINGS = ['campaignAware', 'hawkes', 'pastCount', 'lastWeek'] as const;
export type Rankings = Record<(typeof RANKINGS)[number], string[]>;

/** Scores rankings on mornings, each with the sites struck within the 72 h after it. */
export function scoreMornings(
  mornings: ReadonlyArray<{ ranked: Rankings; targets: ReadonlySet<string> }>,
  waves: number,
  k = 10,
): WaveRiskResult {
  const raw = Object.fromEntries(RANKINGS.map((name) => [name, { hits: 0, mornings: 0, recall: 0 }])) as Record<
    (typeof RANKINGS)[number],
    { hits: number; mornings: number; recall: number }
  >;
  for (const morning of mornings)
    for (const name of RANKINGS) tally(raw[name], morning.ranked[name].slice(0, k), morning.targets);
  const scores = Object.fromEntries(
    RANKINGS.map((name) => [
      name,
      {
        hits: raw[name].hits,
        mornings: raw[name].mornings,
        hitRate: raw[name].hits / Math.max(1, raw[name].mornings),
        targetRecall: raw[name].recall / Math.max(1, raw[name].mornings),
      },
    ]),
  ) as WaveRiskResult['scores'];
  return { k, waves, mornings: mornings.length, scores };
}

/** Scores the four rankings on every wave morning after the wave's second site (`pressure`: the campaign term's options, to tune them). */
export function evaluateWaveRisk(
  index: HistoryIndex,
  sites: readonly AnalysisSite[],
  waves: readonly PlantedWave[],
  k = 10,
  pressure: WaveRiskSettings = {},
): WaveRiskResult {
  const rng = new Rng(1504);
  const mornings: Array<{ ranked: Rankings; targets: Set<string>; shape: string }> = [];
  const scoredWaves = new Map<string, number>();
  const byId = new Map(index.incidents.map((incident) => [incident.id, incident]));
  for (const wave of waves) {
    if (wave.siteTimes.length < 3) continue;
    const members = wave.members.flatMap((id) => byId.get(id) ?? []);
    const fromYear = wave.start - 365 * DAY_MS;
    const baseline = fitBaseline(index.between(fromYear, wave.start).filter(isAttack), sites, {
      classOf,
      from: fromYear,
      to: wave.start,
      classes: ['attack'],
    });
    let scored = false;
    for (let now = Math.floor(wave.siteTimes[1] / DAY_MS) * DAY_MS + 8 * HOUR_MS; now <= wave.end; now += DAY_MS) {
      if (now <= wave.siteTimes[1]) continue;
      const targets = new Set(
        members.filter((m) => m.start > now && m.start <= now + 72 * HOUR_MS && m.siteId).map((m) => m.siteId!),
      );
      if (targets.size === 0) continue;
      mornings.push({ ranked: rankings(index, sites, baseline, now, rng, pressure), targets, shape: wave.shape });
      scored = true;
    }
    if (scored) scoredWaves.set(wave.shape, (scoredWaves.get(wave.shape) ?? 0) + 1);
  }
  const shapes = [...scoredWaves.keys()].sort();
  const byShape = Object.fromEntries(
    shapes.map((shape) => [
      shape,
      scoreMornings(
        mornings.filter((morning) => morning.shape === shape),
        scoredWaves.get(shape)!,
        k,
      ),
    ]),
  );
  const total = [...scoredWaves.values()].reduce((sum, n) => sum + n, 0);
  return { ...scoreMornings(mornings, total, k), byShape };
}

/** The markdown section of the report. */
export function renderWaveRisk(result: WaveRiskResult, title = 'Site risk during waves (72 h, top 10)'): string {
  const best = Math.max(result.scores.pastCount.hitRate, result.scores.lastWeek.hitRate);
  const rows = (
    [
      ['campaign-aware (runtime)', 'campaignAware'],
      ['Hawkes alone (before)', 'hawkes'],
      ['past attack count', 'pastCount'],
      ['sites hit in the last 7 days', 'lastWeek'],
    ] as const
  ).map(
    ([label, key]) =>
      `| ${label} | ${result.scores[key].hits}/${result.scores[key].mornings} = ${result.scores[key].hitRate.toFixed(2)} | ${result.scores[key].targetRecall.toFixed(2)} |`,
  );
  return [
    `### ${title}`,
    '',
    `${result.mornings} mornings of ${result.waves} waves of 3+ sites, after their second site, with a target within 72 h.`,
    '',
    '| ranking | mornings with a target in the top 10 | share of targets in the top 10 |',
    '|---|---|---|',
    ...rows,
    '',
    `Campaign-aware / best naive: ${(result.scores.campaignAware.hitRate / Math.max(best, 1e-9)).toFixed(2)}x (goal >= 1.5x).`,
    '',
    ...byShapeRows(result),
  ].join('\n');
}

/** One line per wave shape: the mornings each ranking found, and the ratio to the best naive one. */
function byShapeRows(result: WaveRiskResult): string[] {
  if (!result.byShape) return [];
  return [
    '| wave shape | mornings | campaign-aware | Hawkes alone | past attack count | last 7 days | ratio |',
    '|---|---|---|---|---|---|---|',
    ...Object.entries(result.byShape).map(([shape, r]) => {
      const s = r.scores;
      const best = Math.max(s.pastCount.hits, s.lastWeek.hits);
      return `| ${shape} | ${r.mornings} | ${s.campaignAware.hits} | ${s.hawkes.hits} | ${s.pastCount.hits} | ${s.lastWeek.hits} | ${(s.campaignAware.hits / Math.max(best, 1)).toFixed(2)}x |`;
    }),
    '',
  ];
}
