/**
 * Fast reads of a sorted history for the evaluations: incidents of a period, incidents of a site in
 * a period, and the baseline of "the year before" a date (refitted once a month, cached), as the
 * nightly refit would have left it.
 */
import type { AnalysisIncident, AnalysisSite } from '../../src/analysis/types.ts';
import { isIdentifierKind } from '../../src/analysis/linking/link-scorer.ts';
import { fitBaseline, isVariantOf, type Baseline } from '../../src/analysis/waves/index.ts';
import { classOf } from './vocabulary.ts';

const DAY_MS = 86_400_000;

/** First index whose start is ≥ time, in a sorted array of starts. */
function lowerBound(starts: Float64Array, time: number, from = 0, to = starts.length): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle] < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class HistoryIndex {
  readonly starts: Float64Array;
  private readonly bySite = new Map<string, { rows: Int32Array; starts: Float64Array }>();
  private readonly baselines = new Map<number, Baseline>();
  /** seconds spent fitting baselines */
  fitSeconds = 0;
  /** normalised signature → sorted starts of its carriers (built on first use) */
  private signatureStarts: Map<string, Float64Array> | undefined;
  private readonly variants = new Map<string, string[]>();

  constructor(
    readonly incidents: readonly AnalysisIncident[],
    readonly sites: readonly AnalysisSite[],
  ) {
    this.starts = Float64Array.from(incidents, (incident) => incident.start);
    const rows = new Map<string, number[]>();
    incidents.forEach((incident, row) => {
      if (incident.siteId === null) return;
      let list = rows.get(incident.siteId);
      if (!list) rows.set(incident.siteId, (list = []));
      list.push(row);
    });
    for (const [site, list] of rows) {
      this.bySite.set(site, {
        rows: Int32Array.from(list),
        starts: Float64Array.from(list, (row) => incidents[row].start),
      });
    }
  }

  /** Incidents with from ≤ start < to. */
  between(from: number, to: number): AnalysisIncident[] {
    return this.incidents.slice(lowerBound(this.starts, from), lowerBound(this.starts, to));
  }

  /** Incidents of a site with from ≤ start < to. */
  atSite(siteId: string, from: number, to: number): AnalysisIncident[] {
    const entry = this.bySite.get(siteId);
    if (!entry) return [];
    const result: AnalysisIncident[] = [];
    for (let k = lowerBound(entry.starts, from); k < entry.rows.length && entry.starts[k] < to; k++)
      result.push(this.incidents[entry.rows[k]]);
    return result;
  }

  /**
   * Incidents with from ≤ start < to carrying the signature or a variant of it, as the runtime's
   * LinkEngine.carriersBetween counts them (an incident carrying two variants counts twice here,
   * which the generator never does).
   */
  signatureCarriers(normalized: string, from: number, to: number): number {
    const index = this.signatureIndex();
    let variants = this.variants.get(normalized);
    if (!variants) {
      variants = [...index.keys()].filter((key) => isVariantOf(normalized, key));
      this.variants.set(normalized, variants);
    }
    let count = 0;
    for (const key of variants) {
      const starts = index.get(key)!;
      count += lowerBound(starts, to) - lowerBound(starts, from);
    }
    return count;
  }

  private signatureIndex(): Map<string, Float64Array> {
    if (this.signatureStarts) return this.signatureStarts;
    const lists = new Map<string, number[]>();
    for (const incident of this.incidents) {
      for (const signature of incident.signatures) {
        if (isIdentifierKind(signature.kind) || !signature.normalized) continue;
        const list = lists.get(signature.normalized);
        if (list) list.push(incident.start);
        else lists.set(signature.normalized, [incident.start]);
      }
    }
    this.signatureStarts = new Map([...lists].map(([key, starts]) => [key, Float64Array.from(starts)]));
    return this.signatureStarts;
  }

  /** The baseline fitted on the 365 days before the first day of `time`'s month (UTC). */
  baselineFor(time: number): Baseline {
    const date = new Date(time);
    const monthStart = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
    let baseline = this.baselines.get(monthStart);
    if (!baseline) {
      const started = performance.now();
      const from = monthStart - 365 * DAY_MS;
      baseline = fitBaseline(this.between(from, monthStart), this.sites, {
        classOf,
        from,
        to: monthStart,
        classes: ['attack', 'contraband'],
      });
      this.fitSeconds += (performance.now() - started) / 1000;
      this.baselines.set(monthStart, baseline);
    }
    return baseline;
  }
}
