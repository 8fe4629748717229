/**
 * Fast reads of a sorted history for the evaluations: incidents of a period, incidents of a site in
 * a period, and the baseline of "the year before" a date (refitted once a month, cached), as the
 * nightly refit would have left it.
 */
import type { AnalysisIncident, AnalysisSite } from '../../src/analysis/types.ts';
import { fitBaseline, type Baseline } from '../../src/analysis/waves/index.ts';
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

  constructor(readonly incidents: readonly AnalysisIncident[], readonly sites: readonly AnalysisSite[]) {
    this.starts = Float64Array.from(incidents, (incident) => incident.start);
    const rows = new Map<string, number[]>();
    incidents.forEach((incident, row) => {
      if (incident.siteId === null) return;
      let list = rows.get(incident.siteId);
      if (!list) rows.set(incident.siteId, (list = []));
      list.push(row);
    });
    for (const [site, list] of rows) {
      this.bySite.set(site, { rows: Int32Array.from(list), starts: Float64Array.from(list, (row) => incidents[row].start) });
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
    for (let k = lowerBound(entry.starts, from); k < entry.rows.length && entry.starts[k] < to; k++) result.push(this.incidents[entry.rows[k]]);
    return result;
  }

  /** The baseline fitted on the 365 days before the first day of `time`'s month (UTC). */
  baselineFor(time: number): Baseline {
    const date = new Date(time);
    const monthStart = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
    let baseline = this.baselines.get(monthStart);
    if (!baseline) {
      const started = performance.now();
      const from = monthStart - 365 * DAY_MS;
      baseline = fitBaseline(this.between(from, monthStart), this.sites, { classOf, from, to: monthStart, classes: ['attack', 'contraband'] });
      this.fitSeconds += (performance.now() - started) / 1000;
      this.baselines.set(monthStart, baseline);
    }
    return baseline;
  }
}
