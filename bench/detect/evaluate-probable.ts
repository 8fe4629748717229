/**
 * Probable members on the bench (issue 15 section 2): every final campaign of 3 members or more gets
 * the probable members the detection runtime would store for it, through the product's own function
 * (campaignProbableMembers, the one src/core/detection/probable.ts calls), read from the history
 * instead of the store. Scored against the planted waves: the untagged members the clustering left
 * out that are proposed for their wave's campaign (recall), the proposals that are untagged members
 * of the campaign's wave (precision), and on the null twin the proposals a year (all false).
 */
import type { AnalysisSite } from '../../src/analysis/types.ts';
import {
  assignProbableMembers,
  campaignProbableMembers,
  otherClaims,
  probablePeriods,
  type ProbableRule,
} from '../../src/analysis/waves/index.ts';
import type { FoundCampaign } from './daily-campaigns.ts';
import type { History } from './generator.ts';
import type { HistoryIndex } from './history-index.ts';
import { share } from './metrics.ts';
import { classOf } from './vocabulary.ts';

const YEAR_MS = 365.25 * 86_400_000;

/** One proposal: an incident proposed as a probable member of a campaign (index in the list). */
export interface Proposal {
  campaign: number;
  incident: string;
  probability: number;
}

/** The probable members of every campaign of 3 members or more, as the runtime computes them. */
export function proposeProbableMembers(
  index: HistoryIndex,
  sites: readonly AnalysisSite[],
  campaigns: readonly FoundCampaign[],
  rule?: ProbableRule,
): Proposal[] {
  const wanted = new Set(campaigns.flatMap((campaign) => campaign.members));
  const byId = new Map(
    index.incidents.filter((incident) => wanted.has(incident.id)).map((incident) => [incident.id, incident]),
  );
  const attacks = (period: { from: number; to: number }) =>
    index.between(period.from, period.to).filter((incident) => classOf(incident) === 'attack');
  const pass = (competing?: (i: number) => ReadonlyMap<string, number>) =>
    campaigns.map((campaign, i) => {
      if (campaign.members.length < 3) return undefined;
      const members = campaign.members.map((id) => byId.get(id)!);
      const periods = probablePeriods(members);
      if (periods.history.from < index.starts[0]) return undefined; // no year of history yet: the runtime would have one
      return campaignProbableMembers({
        members,
        campaignSites: campaign.sites,
        windowAttacks: attacks(periods.window),
        historyAttacks: attacks(periods.history),
        baseline: index.baselineFor(Math.max(...members.map((m) => m.start))),
        sites,
        competing: competing?.(i),
        rule,
      });
    });
  let results = pass();
  for (let round = 1; round < (rule?.passes ?? 1); round++) {
    const ratios = results.map((result) => result?.ratios);
    results = pass((i) => otherClaims(ratios, i));
  }
  // as the runtime does: a member of a campaign is no other's probable member, and an act goes to its
  // likeliest campaign, weighed against every campaign's claim on it
  const found = results.map((result) => result?.found ?? []);
  const assigned = assignProbableMembers(found, wanted, {
    ratios: rule?.joint === false ? undefined : results.map((result) => result?.ratios),
    minProbability: rule?.minProbability,
    dominance: rule?.dominance,
  });
  return assigned.flatMap((list, c) =>
    list.map((probable) => ({ campaign: c, incident: probable.incidentId, probability: probable.excessProbability })),
  );
}

/** The label of a wave's shape in the report. */
export const shapeLabel = (wave: { shape: string; tagShare: number; id: string }) =>
  wave.shape === 'fast' ? 'fast, 80 % tagged' : `${wave.shape}, ${wave.id.slice(2, 4)} % tagged`;

/** Recall and precision of the proposals against the planted waves' untagged members. */
export function scoreProbable(history: History, campaigns: readonly FoundCampaign[], proposals: readonly Proposal[]) {
  const waveOf = new Map(history.truth.waves.flatMap((wave) => wave.members.map((id) => [id, wave] as const)));
  // a campaign's wave: the one holding most of its members (two or more)
  const campaignWave = campaigns.map((campaign) => {
    const counts = new Map<string, number>();
    for (const id of campaign.members) {
      const wave = waveOf.get(id);
      if (wave) counts.set(wave.id, (counts.get(wave.id) ?? 0) + 1);
    }
    const best = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
    return best && best[1] >= 2 ? best[0] : null;
  });
  const inCore = new Set(
    campaigns.flatMap((campaign, c) =>
      campaign.members.filter((id) => campaignWave[c] !== null && waveOf.get(id)?.id === campaignWave[c]),
    ),
  );
  const proposedRight = new Set(
    proposals
      .filter((p) => campaignWave[p.campaign] !== null && waveOf.get(p.incident)?.id === campaignWave[p.campaign])
      .map((p) => p.incident),
  );
  const untagged = new Set(
    history.incidents
      .filter((incident) => waveOf.has(incident.id) && incident.signatures.length === 0)
      .map((incident) => incident.id),
  );
  const shapes = new Map<string, { untagged: number; inCore: number; left: number; proposed: number }>();
  for (const id of untagged) {
    const label = shapeLabel(waveOf.get(id)!);
    const row = shapes.get(label) ?? { untagged: 0, inCore: 0, left: 0, proposed: 0 };
    row.untagged++;
    if (inCore.has(id)) row.inCore++;
    else {
      row.left++;
      if (proposedRight.has(id)) row.proposed++;
    }
    shapes.set(label, row);
  }
  const correct = proposals.filter(
    (p) =>
      campaignWave[p.campaign] !== null &&
      waveOf.get(p.incident)?.id === campaignWave[p.campaign] &&
      untagged.has(p.incident),
  ).length;
  const ofWaveCampaigns = proposals.filter((p) => campaignWave[p.campaign] !== null);
  // what the wrong proposals are: another plant active the same nights, or the background
  const groupOf = new Map(
    [...history.truth.regional, ...history.truth.negatives].flatMap((group) =>
      group.members.map((id) => [id, group.kind] as const),
    ),
  );
  const wrong: Record<string, number> = {};
  for (const p of proposals) {
    const wave = waveOf.get(p.incident);
    if (wave && wave.id === campaignWave[p.campaign]) continue;
    const origin = wave ? 'another wave' : (groupOf.get(p.incident) ?? 'background');
    wrong[origin] = (wrong[origin] ?? 0) + 1;
  }
  const years = (history.to - history.plantsFrom) / YEAR_MS;
  const byShape = [...shapes]
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([label, row]) => ({ shape: label, ...row, recall: share(row.proposed, row.left) }));
  const left = byShape.reduce((sum, row) => sum + row.left, 0);
  const proposed = byShape.reduce((sum, row) => sum + row.proposed, 0);
  return {
    campaignsTested: campaigns.filter((campaign) => campaign.members.length >= 3).length,
    byShape,
    recall: share(proposed, left),
    proposals: proposals.length,
    correct,
    precision: share(correct, proposals.length),
    waveCampaignProposals: ofWaveCampaigns.length,
    precisionInWaveCampaigns: share(correct, ofWaveCampaigns.length),
    otherProposalsPerYear: (proposals.length - ofWaveCampaigns.length) / years,
    wrong,
  };
}

/** The null twin's proposals (every one false): a year, and the campaigns that had any. */
export function nullProbable(proposals: readonly Proposal[], years: number) {
  return {
    proposals: proposals.length,
    perYear: proposals.length / years,
    campaigns: new Set(proposals.map((p) => p.campaign)).size,
  };
}

export interface ProbableResults {
  planted: ReturnType<typeof scoreProbable>;
  null: Array<{ seed: number } & ReturnType<typeof nullProbable>>;
}

const fixed = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

/** The report's section. */
export function renderProbable(r: ProbableResults): string {
  const p = r.planted;
  const nullYears = r.null.reduce((sum, row) => sum + (row.perYear > 0 ? row.proposals / row.perYear : 0), 0);
  const nullTotal = r.null.reduce((sum, row) => sum + row.proposals, 0);
  return [
    "#### Probable members (untagged wave members, through the product's campaignProbableMembers)",
    '',
    "| Waves | Untagged members | In their wave's campaign (clustering) | Left out | Proposed as probable members of their wave's campaign | Recall |",
    '|---|---|---|---|---|---|',
    ...p.byShape.map(
      (row) =>
        `| ${row.shape} | ${row.untagged} | ${row.inCore} | ${row.left} | ${row.proposed} | ${fixed(row.recall)} |`,
    ),
    '',
    `${p.campaignsTested} campaigns of 3 members or more tested. Proposals: ${p.proposals}, of which ${p.correct} are untagged members of the campaign's wave: ` +
      `precision ${fixed(p.precision)} (${fixed(p.precisionInWaveCampaigns)} among the ${p.waveCampaignProposals} proposals of wave campaigns; ` +
      `${fixed(p.otherProposalsPerYear, 1)} a year for campaigns holding no wave). The wrong ones: ` +
      (Object.entries(p.wrong)
        .map(([origin, n]) => `${n} ${origin.replaceAll('_', ' ')}`)
        .join(', ') || 'none') +
      '. Null twins (every proposal false): ' +
      r.null
        .map(
          (row) => `seed ${row.seed} ${fixed(row.perYear, 1)} a year (${row.proposals} for ${row.campaigns} campaigns)`,
        )
        .join(', ') +
      (nullYears > 0 ? `; pooled ${fixed(nullTotal / nullYears, 1)} a year.` : '.'),
    '',
  ].join('\n');
}
