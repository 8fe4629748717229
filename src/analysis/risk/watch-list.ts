/**
 * The watch list: the first sites of the ranking, chosen so that the chance that at least one of them
 * is attacked is the highest, not each the likeliest on its own. During a campaign the two differ:
 * the campaign either goes back to its struck sites (they all rise together) or goes on to new ones
 * (campaign-pressure.ts shares its expected attacks between the two by `RESTRIKE_SHARE`). Ten sites each
 * the likeliest are then often all struck sites: a list that wins only if the campaign returns. A
 * crisis cell asking "where do we reinforce tonight" wants the list that covers both shapes.
 *
 * Each campaign's shapes are hypotheses with weights (its re-strike share and the rest); given a shape,
 * attacks are Poisson and the campaigns independent of each other and of the background, so for a
 * list L
 *   P(no attack in L) = e^(−Σ_L background) × Π_c Σ_h w_ch e^(−Σ_L λ_ch),
 * which the greedy choice below maximises one site at a time (the objective is submodular: the greedy
 * list is within 1 − 1/e of the best). With no campaign, or one shape, it is the ranking by expected
 * attacks, unchanged. Each site keeps its own expected count and P(≥ 1) (the mixture's mean): only the
 * order of the first sites changes, and a site that enters the list above its own rank says why
 * (reason `campaign_cover`).
 */
import type { SiteRisk } from '../waves/site-risk.ts';
import type { RiskEvidence, RiskReason } from './risk-reason.ts';

/**
 * How many first sites the ranking chooses for coverage; **0, off**: the ranking by each site's
 * P(≥ 1). On the detection bench's tuning seeds 1 and 2, ten sites covered (with the spread weighed by
 * exposure) found 205 / 231 wave mornings against 200 / 229, but on the held-out seeds 3-6 812 against
 * 850 of 3,002 (the re-striking waves lost 39, the spreading ones gained 1): see docs/detection.md,
 * "Site risk". The forecast takes it as an option (`cover`), as the bench does; its reason is worded.
 */
export const COVER_SITES = 0;

/** One shape a campaign may take, with its weight: the attacks it adds to each site if it takes it. */
export interface ShapeHypothesis {
  shape: 'return' | 'spread';
  weight: number;
  /** the campaign's expected attacks at each site over the horizon, under this shape */
  expected: ReadonlyMap<string, number>;
}

/** A campaign's shapes (their weights sum to 1), and what a reason about it rests on. */
export interface CampaignShapes {
  campaignId: string;
  label: string | null;
  hypotheses: readonly ShapeHypothesis[];
  evidence: readonly RiskEvidence[];
}

/**
 * The ranking with its first `k` sites chosen greedily to maximise P(at least one attacked), the
 * others after them in their order. `ranked` carries each site's own forecast (its `expected` the
 * mixture's mean); `shapes` the campaigns' hypotheses, whose expected attacks the site's factor
 * multiplies as it does their mean (withCampaigns).
 */
export function coverRanking(ranked: readonly SiteRisk[], shapes: readonly CampaignShapes[], k: number): SiteRisk[] {
  if (k <= 0 || shapes.length === 0) return [...ranked];
  const list = new CoverList(ranked, shapes);
  const taken = new Set<number>();
  const first: SiteRisk[] = [];
  while (first.length < Math.min(k, ranked.length)) {
    let best: { row: number; gain: number; cover?: Cover } | undefined;
    ranked.forEach((_, row) => {
      if (taken.has(row)) return;
      const gain = list.gain(row);
      // ties keep the ranking's order
      if (!best || gain.gain > best.gain + 1e-15) best = { row, ...gain };
    });
    taken.add(best!.row);
    list.hold(best!.row);
    const risk = ranked[best!.row];
    // a site above its own rank is there to cover a shape: say which, and its own rank
    first.push(
      best!.row >= k && best!.cover
        ? { ...risk, reasons: [coverReason(shapes[best!.cover.c], best!.cover.h, best!.row + 1), ...risk.reasons] }
        : risk,
    );
  }
  return [...first, ...ranked.filter((_, row) => !taken.has(row))];
}

/** The shape a site covers most: campaign `c`'s hypothesis `h`, and what it adds to the chance of an attack in the list. */
interface Cover {
  c: number;
  h: number;
  part: number;
}

/** A list being chosen: the expected attacks it holds under each campaign's each shape. */
class CoverList {
  /** each site's expected attacks outside the campaigns (the Hawkes forecast): its mean less the campaigns' means */
  private readonly own: number[];
  private readonly held: number[][];

  constructor(
    private readonly ranked: readonly SiteRisk[],
    private readonly shapes: readonly CampaignShapes[],
  ) {
    this.own = ranked.map((risk, row) =>
      Math.max(
        0,
        risk.expected -
          shapes.reduce(
            (sum, campaign, c) => sum + campaign.hypotheses.reduce((s, h, i) => s + h.weight * this.adds(row, c, i), 0),
            0,
          ),
      ),
    );
    this.held = shapes.map((campaign) => campaign.hypotheses.map(() => 0));
  }

  /** Campaign `c`'s expected attacks at the site of `row` under its shape `i`, times the site's factor. */
  private adds(row: number, c: number, i: number): number {
    const risk = this.ranked[row];
    return (this.shapes[c].hypotheses[i].expected.get(risk.siteId) ?? 0) * (risk.factor ?? 1);
  }

  /** P(no attack of campaign c in the list), the site of `row` added to it or not. */
  private none(c: number, row?: number): number {
    return this.shapes[c].hypotheses.reduce(
      (sum, h, i) => sum + h.weight * Math.exp(-(this.held[c][i] + (row === undefined ? 0 : this.adds(row, c, i)))),
      0,
    );
  }

  /** The fall of −log P(no attack in the list) if the site of `row` joins it, and the shape it covers most. */
  gain(row: number): { gain: number; cover?: Cover } {
    let gain = this.own[row];
    let cover: Cover | undefined;
    this.shapes.forEach((campaign, c) => {
      if (campaign.hypotheses.every((_, i) => this.adds(row, c, i) === 0)) return;
      gain += Math.log(this.none(c)) - Math.log(this.none(c, row));
      campaign.hypotheses.forEach((h, i) => {
        const part = h.weight * Math.exp(-this.held[c][i]) * -Math.expm1(-this.adds(row, c, i));
        if (!cover || part > cover.part) cover = { c, h: i, part };
      });
    });
    return { gain, cover };
  }

  /** The site of `row` joins the list. */
  hold(row: number): void {
    this.shapes.forEach((campaign, c) =>
      campaign.hypotheses.forEach((_, i) => {
        this.held[c][i] += this.adds(row, c, i);
      }),
    );
  }
}

/** Why a site is in the list above its own rank: the campaign, the shape it covers, its weight and the site's own rank. */
function coverReason(campaign: CampaignShapes, h: number, rank: number): RiskReason {
  const hypothesis = campaign.hypotheses[h];
  return {
    code: 'campaign_cover',
    params: {
      campaign_id: campaign.campaignId,
      label: campaign.label ?? '',
      shape: hypothesis.shape,
      share: Math.round(hypothesis.weight * 100),
      rank,
    },
    evidence: [...campaign.evidence],
  };
}
