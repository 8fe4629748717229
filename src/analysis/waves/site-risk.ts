/**
 * Per-site risk for the next hours and days, from the Hawkes model: the baseline rate plus the
 * decaying excitation left by recent incidents at the site and at sites sharing something with it.
 *
 * The exponential kernel is what makes this cheap: a site's excitation is one number S and the time
 * it was last touched; an incident raises S by α w β at each site it excites, after decaying S by
 * e^{−βΔt}. Observing an incident costs the number of sites that share something with it, never the
 * history. The expected count over the next H days is ∫ background + S(now) (1 − e^{−βH}) / β.
 */
import { withinHours, type RiskEvidence, type RiskReason } from '../risk/risk-reason.ts';
import type { AnalysisIncident, AnalysisSite } from '../types.ts';
import type { Baseline } from './baseline.ts';
import { DAY_MS } from './paris-day.ts';
import { SiteAffinity, type SharedTrait } from './site-affinity.ts';

/** The model's parameters (see fitExcitation for the nightly fit). */
export interface SiteRiskOptions {
  /** the baseline classes forecast (and, with classOf, the incidents that excite) */
  classes: readonly string[];
  classOf?: (incident: AnalysisIncident) => string | null;
  /** decay per day (default 0.4), follow-on incidents per incident at its site (0.2) and at a fully similar site (0.05) */
  beta?: number;
  alphaSelf?: number;
  alphaCross?: number;
  /** multiplies the baseline rate (default 1) */
  backgroundScale?: number;
  affinity?: SiteAffinity;
  /** recent contributions remembered per site to explain its risk (default 8) */
  reasonsPerSite?: number;
  /** bounded multipliers of a site's expected incidents with their reasons (the detainees it holds: analysis/graph/detainee-risk.ts) */
  siteFactors?: ReadonlyMap<string, { factor: number; reasons: string[] }>;
}

/** One site's forecast. */
export interface SiteRisk {
  siteId: string;
  horizonHours: number;
  /** expected incidents over the horizon: background + excitation */
  expected: number;
  background: number;
  excitation: number;
  /** probability of at least one incident over the horizon */
  probability: number;
  /** expected / background: how much recent incidents raise the usual risk */
  relativeRisk: number;
  /** codes with parameters, each counting reason with its evidence (see analysis/risk/risk-reason.ts) */
  reasons: RiskReason[];
  /** the site's multiplier from options.siteFactors, when one applies */
  factor?: number;
}

interface Contribution {
  time: number;
  /** intensity jump, per day */
  jump: number;
  /** log of the jump brought back to time 0, to compare contributions without overflow */
  strength: number;
  /** null for an incident at the site itself */
  shared: SharedTrait[] | null;
  /** display text of the incident's signatures, by normalised form */
  signatureText: Map<string, string>;
  /** the incident, for the reader's check of the reasons */
  evidence: RiskEvidence;
}

/** Keeps each site's excitation up to date incident by incident, and forecasts on demand. */
export class SiteRiskModel {
  private readonly affinity: SiteAffinity;
  private readonly level: Float64Array;
  private readonly at: Float64Array;
  private readonly recent: Contribution[][];
  private readonly beta: number;
  private readonly classRows: number[];
  private readonly baselineRows: number[];

  constructor(
    private readonly baseline: Baseline,
    readonly sites: readonly AnalysisSite[],
    private readonly options: SiteRiskOptions,
  ) {
    this.affinity = options.affinity ?? new SiteAffinity(sites);
    this.beta = options.beta ?? 0.4;
    this.level = new Float64Array(sites.length);
    this.at = new Float64Array(sites.length);
    this.recent = sites.map(() => []);
    this.classRows = baseline.classIndexes(options.classes);
    this.baselineRows = sites.map((site) => baseline.siteIndex(site.id));
  }

  /**
   * Adds an incident's excitation to its site and to the sites sharing something with it. `strength`
   * scales it (a link score, a source grade weight); incidents may arrive out of order.
   */
  observe(incident: AnalysisIncident, strength = 1): void {
    if (this.options.classOf) {
      const name = this.options.classOf(incident);
      if (name === null || !this.options.classes.includes(name)) return;
    }
    const signatureText = new Map(incident.signatures.map((signature) => [signature.normalized, signature.text]));
    const evidence = { id: incident.id, siteId: incident.siteId, time: incident.start };
    const row = this.affinity.rowOf(incident.siteId);
    if (row !== undefined)
      this.excite(
        row,
        incident.start,
        (this.options.alphaSelf ?? 0.2) * this.beta * strength,
        null,
        signatureText,
        evidence,
      );
    const alphaCross = this.options.alphaCross ?? 0.05;
    for (const link of this.affinity.forIncident(incident)) {
      this.excite(
        link.site,
        incident.start,
        alphaCross * link.weight * this.beta * strength,
        link.shared,
        signatureText,
        evidence,
      );
    }
  }

  private excite(
    site: number,
    time: number,
    jump: number,
    shared: SharedTrait[] | null,
    signatureText: Map<string, string>,
    evidence: RiskEvidence,
  ): void {
    if (jump <= 0) return;
    if (time >= this.at[site]) {
      this.level[site] = this.level[site] * this.decay(time - this.at[site]) + jump;
      this.at[site] = time;
    } else {
      // a late report: its jump has already decayed by the time the level was last set
      this.level[site] += jump * this.decay(this.at[site] - time);
    }
    // remember a bounded number of contributions for the reasons: when full, the one that matters
    // least from now on (smallest jump once decayed, in logarithms since e^{βt} of an epoch overflows)
    // makes room, if the new one matters more
    const list = this.recent[site];
    const contribution = {
      time,
      jump,
      strength: Math.log(jump) + (this.beta * time) / DAY_MS,
      shared,
      signatureText,
      evidence,
    };
    if (list.length < (this.options.reasonsPerSite ?? 8)) {
      list.push(contribution);
      return;
    }
    let weakest = 0;
    for (let i = 1; i < list.length; i++) if (list[i].strength < list[weakest].strength) weakest = i;
    if (list[weakest].strength < contribution.strength) list[weakest] = contribution;
  }

  private decay(elapsedMs: number): number {
    return Math.exp((-this.beta * elapsedMs) / DAY_MS);
  }

  /** A site's excitation at an instant, in incidents per day. */
  excitation(siteId: string, now: number): number {
    const row = this.affinity.rowOf(siteId);
    if (row === undefined) return 0;
    return now >= this.at[row] ? this.level[row] * this.decay(now - this.at[row]) : this.level[row];
  }

  /** Every site's risk over the next `horizonHours` (72 h, 168 h...), highest probability first. */
  forecast(now: number, horizonHours: number): SiteRisk[] {
    const days = horizonHours / 24;
    const scale = this.options.backgroundScale ?? 1;
    const risks = this.sites.map((site, row) => {
      const background =
        scale * this.baseline.expectedAt(this.baselineRows[row], this.classRows, now, now + days * DAY_MS);
      const excitation = (this.excitation(site.id, now) * (1 - Math.exp(-this.beta * days))) / this.beta;
      const siteFactor = this.options.siteFactors?.get(site.id);
      const expected = (background + excitation) * (siteFactor?.factor ?? 1);
      const reasons = this.reasons(row, now, background, excitation, horizonHours);
      return {
        siteId: site.id,
        horizonHours,
        expected,
        background,
        excitation,
        probability: -Math.expm1(-expected),
        relativeRisk: background > 0 ? expected / background : Infinity,
        reasons: siteFactor
          ? [
              ...reasons,
              ...siteFactor.reasons.map(
                (text): RiskReason => ({ code: 'detainee_profiles', params: { text, factor: siteFactor.factor } }),
              ),
            ]
          : reasons,
        ...(siteFactor ? { factor: siteFactor.factor } : {}),
      };
    });
    return risks.sort((a, b) => b.probability - a.probability || b.relativeRisk - a.relativeRisk);
  }

  /** Reasons grouping the recent contributions by what the site shares with their targets. */
  private reasons(
    row: number,
    now: number,
    background: number,
    excitation: number,
    horizonHours: number,
  ): RiskReason[] {
    const groups = new Map<
      string,
      { code: RiskReason['code']; params: RiskReason['params']; evidence: RiskEvidence[]; weight: number }
    >();
    const add = (
      key: string,
      code: RiskReason['code'],
      params: RiskReason['params'],
      contribution: Contribution,
      weight: number,
    ) => {
      const group = groups.get(key) ?? { code, params, evidence: [], weight: 0 };
      group.evidence.push(contribution.evidence);
      group.weight += weight;
      groups.set(key, group);
    };
    for (const contribution of this.recent[row]) {
      if (contribution.time > now) continue;
      const weight = contribution.jump * this.decay(now - contribution.time);
      // below 1 % of its jump a contribution no longer explains anything
      if (weight < contribution.jump * 0.01) continue;
      if (contribution.shared === null) {
        add('site', 'site_incidents', {}, contribution, weight);
        continue;
      }
      for (const trait of contribution.shared) {
        if (trait.kind === 'directorate')
          add(`d:${trait.value}`, 'directorate_incidents', { directorate: trait.value }, contribution, weight);
        if (trait.kind === 'facility_kind')
          add(`k:${trait.value}`, 'kind_incidents', { kind: trait.value }, contribution, weight);
        if (trait.kind === 'signature_region')
          add(
            `s:${trait.value}`,
            'signature_region',
            { signature: contribution.signatureText.get(trait.value) ?? trait.value },
            contribution,
            weight,
          );
      }
    }
    const reasons: RiskReason[] = [...groups.values()]
      .sort((a, b) => b.weight - a.weight)
      .map((group) => ({
        code: group.code,
        params: {
          ...group.params,
          incidents: group.evidence.length,
          within_hours: withinHours(now - Math.min(...group.evidence.map((item) => item.time))),
        },
        evidence: group.evidence,
      }));
    if (reasons.length === 0 || excitation < 0.01 * background) {
      reasons.push({ code: 'usual_rates', params: { expected: Number(background.toFixed(2)), hours: horizonHours } });
    }
    return reasons;
  }
}
