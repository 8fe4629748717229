/**
 * The usual rates: how many incidents of each class a site has on an ordinary day. Wave detection
 * compares what happened with what these rates expect, so they must be honest for sparse sites (a
 * maison d'arrêt with two attacks in two years) and for weekdays (contraband drops peak at weekends).
 *
 * Model: rate(site, class, weekday) = siteRate(site, class) × weekdayFactor(class, weekday), with
 *  - siteRate shrunk toward the rate of the sites of the same kind (gamma–Poisson empirical Bayes,
 *    moments estimator), so a site's own history counts for as much as it can be trusted;
 *  - weekday factors per class, national, shrunk toward 1 by a few pseudo-incidents;
 *  - Europe/Paris local days.
 * The model is three small typed arrays (sites × classes × 7 numbers), refitted nightly and
 * serialised as JSON. It has no trend or yearly season: fit it on the last one or two years.
 */
import type { AnalysisIncident, AnalysisSite } from '../types.ts';
import { DAY_MS, parisDay, parisDayStart, weekdayOfDay } from './paris-day.ts';

/** How to fit a baseline. */
export interface BaselineOptions {
  /** the event class of an incident ('attack', 'contraband'...), or null to leave it out */
  classOf: (incident: AnalysisIncident) => string | null;
  /** the history period [from, to), epoch milliseconds */
  from: number;
  to: number;
  /** the classes to model; by default those seen in the history */
  classes?: readonly string[];
  /** which incidents count; by default all but refuted ones and duplicates */
  include?: (incident: AnalysisIncident) => boolean;
  /** pseudo-incidents pulling each weekday factor toward 1 (default 14) */
  weekdayPseudoCount?: number;
  /** a kind with fewer sites borrows the prior of all sites (default 3) */
  minSitesPerKind?: number;
}

/** The serialised form of a baseline, for storing a nightly refit. */
export interface BaselineJson {
  version: 1;
  from: number;
  to: number;
  siteIds: string[];
  classes: string[];
  /** per site × class, incidents per day before weekday factors */
  siteRates: number[];
  /** per class × weekday (Monday first), mean 1 over the history's days */
  weekdayFactors: number[];
  /** per site × class, incidents counted in the history */
  counts: number[];
  /** per site × class, the weight of the site's own rate against its kind's (0 = fully pooled) */
  siteWeights: number[];
}

/** What a baseline knows about one site and class, for explanations. */
export interface BaselineDescription {
  ratePerDay: number;
  observed: number;
  exposureDays: number;
  siteWeight: number;
}

function defaultInclude(incident: AnalysisIncident): boolean {
  return incident.status !== 'refuted' && incident.status !== 'duplicate';
}

/** Fits a baseline on a history (an array or any iterable, so a store can stream it). */
export function fitBaseline(
  history: Iterable<AnalysisIncident>,
  sites: readonly AnalysisSite[],
  options: BaselineOptions,
): Baseline {
  const accumulator = new BaselineAccumulator(sites, options);
  for (const incident of history) accumulator.add(incident);
  return accumulator.finish();
}

/** Counts a history one incident at a time (for async streams), then fits the baseline. */
export class BaselineAccumulator {
  private readonly siteIndex = new Map<string, number>();
  private readonly classIndex = new Map<string, number>();
  private readonly counts: Float64Array[] = [];
  private readonly weekdayCounts: Float64Array[] = [];
  private readonly include: (incident: AnalysisIncident) => boolean;

  constructor(
    private readonly sites: readonly AnalysisSite[],
    private readonly options: BaselineOptions,
  ) {
    sites.forEach((site, index) => this.siteIndex.set(site.id, index));
    for (const name of options.classes ?? []) this.classSlot(name);
    this.include = options.include ?? defaultInclude;
  }

  /** Counts one incident; those outside the period, without a known site or class are skipped. */
  add(incident: AnalysisIncident): void {
    if (incident.start < this.options.from || incident.start >= this.options.to) return;
    if (incident.siteId === null || !this.include(incident)) return;
    const site = this.siteIndex.get(incident.siteId);
    if (site === undefined) return;
    const name = this.options.classOf(incident);
    if (name === null) return;
    if (this.options.classes && !this.classIndex.has(name)) return;
    const slot = this.classSlot(name);
    this.counts[slot][site]++;
    this.weekdayCounts[slot][weekdayOfDay(parisDay(incident.start))]++;
  }

  private classSlot(name: string): number {
    let slot = this.classIndex.get(name);
    if (slot === undefined) {
      slot = this.counts.length;
      this.classIndex.set(name, slot);
      this.counts.push(new Float64Array(this.sites.length));
      this.weekdayCounts.push(new Float64Array(7));
    }
    return slot;
  }

  /** Fits the rates from the counts. */
  finish(): Baseline {
    const siteCount = this.sites.length;
    const classes = [...this.classIndex.keys()];
    const exposure = weekdayExposure(this.options.from, this.options.to);
    const days = exposure.reduce((sum, value) => sum + value, 0);
    const siteRates = new Float64Array(siteCount * classes.length);
    const siteWeights = new Float64Array(siteCount * classes.length);
    const counts = new Float64Array(siteCount * classes.length);
    const weekdayFactors = new Float64Array(classes.length * 7);
    const groups = groupByKind(this.sites, this.options.minSitesPerKind ?? 3);
    const pseudo = this.options.weekdayPseudoCount ?? 14;
    classes.forEach((_, c) => {
      const classCounts = this.counts[c];
      const floor = 0.5 / (Math.max(siteCount, 1) * days);
      for (const group of groups) {
        const prior = gammaPrior(
          group.prior.map((s) => classCounts[s]),
          days,
        );
        for (const s of group.members) {
          const own = classCounts[s] / days;
          const weight = prior.between > 0 ? days / (days + prior.mean / prior.between) : 0;
          siteRates[s * classes.length + c] = Math.max(weight * own + (1 - weight) * prior.mean, floor);
          siteWeights[s * classes.length + c] = weight;
          counts[s * classes.length + c] = classCounts[s];
        }
      }
      // pseudo-incidents spread in proportion to each weekday's exposure pull the factors toward 1
      const total = this.weekdayCounts[c].reduce((sum, value) => sum + value, 0);
      for (let d = 0; d < 7; d++) {
        const share = exposure[d] / days;
        weekdayFactors[c * 7 + d] =
          exposure[d] > 0 ? (this.weekdayCounts[c][d] + pseudo * share) / (total + pseudo) / share : 1;
      }
    });
    return new Baseline({
      version: 1,
      from: this.options.from,
      to: this.options.to,
      siteIds: this.sites.map((site) => site.id),
      classes,
      siteRates: [...siteRates],
      weekdayFactors: [...weekdayFactors],
      counts: [...counts],
      siteWeights: [...siteWeights],
    });
  }
}

interface KindGroup {
  members: number[];
  prior: number[];
}

/** Sites grouped by kind; a kind with too few sites takes its prior from all sites. */
function groupByKind(sites: readonly AnalysisSite[], minSites: number): KindGroup[] {
  const byKind = new Map<string, number[]>();
  sites.forEach((site, index) => {
    const list = byKind.get(site.kind) ?? [];
    list.push(index);
    byKind.set(site.kind, list);
  });
  const all = sites.map((_, index) => index);
  return [...byKind.values()].map((members) => ({ members, prior: members.length >= minSites ? members : all }));
}

/**
 * Moments estimate of the gamma prior of site rates: its mean, and the variance between sites once
 * the Poisson noise of each site's count (mean / exposure) is taken out. A zero between-site variance
 * means the sites cannot be told apart, and every site gets the pooled rate.
 */
function gammaPrior(counts: number[], days: number): { mean: number; between: number } {
  const n = counts.length;
  const rates = counts.map((count) => count / days);
  const mean = rates.reduce((sum, rate) => sum + rate, 0) / Math.max(n, 1);
  if (n < 2 || mean === 0) return { mean, between: 0 };
  const variance = rates.reduce((sum, rate) => sum + (rate - mean) ** 2, 0) / (n - 1);
  return { mean, between: Math.max(variance - mean / days, 0) };
}

/** Days of each weekday in [from, to), counting partial local days by the fraction covered. */
function weekdayExposure(from: number, to: number): Float64Array {
  const exposure = new Float64Array(7);
  if (to <= from) return exposure;
  for (let day = parisDay(from), last = parisDay(to - 1); day <= last; day++) {
    const start = parisDayStart(day);
    const end = parisDayStart(day + 1);
    exposure[weekdayOfDay(day)] += (Math.min(end, to) - Math.max(start, from)) / (end - start);
  }
  return exposure;
}

/** A fitted baseline: expected counts per site, class and period. */
export class Baseline {
  readonly from: number;
  readonly to: number;
  readonly siteIds: readonly string[];
  readonly classes: readonly string[];
  private readonly siteIndexById = new Map<string, number>();
  private readonly classIndexByName = new Map<string, number>();
  /** site × class × weekday, incidents per local day; the row after the last site is the fallback */
  private readonly daily: Float64Array;
  private readonly weekly: Float64Array;

  constructor(private readonly json: BaselineJson) {
    this.from = json.from;
    this.to = json.to;
    this.siteIds = json.siteIds;
    this.classes = json.classes;
    json.siteIds.forEach((id, index) => this.siteIndexById.set(id, index));
    json.classes.forEach((name, index) => this.classIndexByName.set(name, index));
    const sites = json.siteIds.length;
    const classes = json.classes.length;
    this.daily = new Float64Array((sites + 1) * classes * 7);
    this.weekly = new Float64Array((sites + 1) * classes);
    for (let c = 0; c < classes; c++) {
      // a site the history did not know (a new facility) gets the mean site rate of the class
      let mean = 0;
      for (let s = 0; s < sites; s++) mean += json.siteRates[s * classes + c] / Math.max(sites, 1);
      for (let s = 0; s <= sites; s++) {
        const rate = s < sites ? json.siteRates[s * classes + c] : mean;
        for (let d = 0; d < 7; d++) {
          const value = rate * json.weekdayFactors[c * 7 + d];
          this.daily[(s * classes + c) * 7 + d] = value;
          this.weekly[s * classes + c] += value;
        }
      }
    }
  }

  /** Rebuilds a baseline stored with toJSON. */
  static fromJSON(json: BaselineJson): Baseline {
    const cells = json.siteIds.length * json.classes.length;
    if (
      json.version !== 1 ||
      json.siteRates.length !== cells ||
      json.weekdayFactors.length !== json.classes.length * 7
    ) {
      throw new TypeError('not a version 1 baseline');
    }
    return new Baseline(json);
  }

  /** The serialised baseline (a few numbers per site and class). */
  toJSON(): BaselineJson {
    return this.json;
  }

  /** The row of a site, or the fallback row for a site the baseline has not seen. */
  siteIndex(siteId: string): number {
    return this.siteIndexById.get(siteId) ?? this.siteIds.length;
  }

  /** Class rows for class names; unknown classes are ignored (they expect nothing). */
  classIndexes(classes: string | readonly string[]): number[] {
    const names = typeof classes === 'string' ? [classes] : classes;
    return names.map((name) => this.classIndexByName.get(name)).filter((index): index is number => index !== undefined);
  }

  /** Expected number of incidents of the classes at a site during [fromMs, toMs). */
  expected(siteId: string, classes: string | readonly string[], fromMs: number, toMs: number): number {
    return this.expectedAt(this.siteIndex(siteId), this.classIndexes(classes), fromMs, toMs);
  }

  /** expected() by row numbers, for the scans' inner loops. */
  expectedAt(site: number, classes: readonly number[], fromMs: number, toMs: number): number {
    if (toMs <= fromMs || classes.length === 0) return 0;
    const first = parisDay(fromMs);
    const last = parisDay(toMs - 1);
    if (first === last) return (this.dayRate(site, classes, first) * (toMs - fromMs)) / dayLength(first);
    const head = (this.dayRate(site, classes, first) * (parisDayStart(first + 1) - fromMs)) / dayLength(first);
    const tail = (this.dayRate(site, classes, last) * (toMs - parisDayStart(last))) / dayLength(last);
    return head + tail + this.wholeDays(site, classes, first + 1, last);
  }

  /** Expected incidents per day on a given Paris local day (the Hawkes background intensity). */
  dayRate(site: number, classes: readonly number[], day: number): number {
    const weekday = weekdayOfDay(day);
    const stride = this.classes.length;
    let rate = 0;
    for (const c of classes) rate += this.daily[(site * stride + c) * 7 + weekday];
    return rate;
  }

  /** Expected incidents per day at an instant (rate of its local day). */
  rateAt(site: number, classes: readonly number[], time: number): number {
    return this.dayRate(site, classes, parisDay(time));
  }

  /** The numbers behind a site's rate, for a sentence a person can check. */
  describe(siteId: string, className: string): BaselineDescription {
    const site = this.siteIndexById.get(siteId);
    const c = this.classIndexByName.get(className);
    const days = (this.to - this.from) / DAY_MS;
    if (site === undefined || c === undefined) {
      const rate = c === undefined ? 0 : this.weekly[this.siteIds.length * this.classes.length + c] / 7;
      return { ratePerDay: rate, observed: 0, exposureDays: 0, siteWeight: 0 };
    }
    const cell = site * this.classes.length + c;
    return {
      ratePerDay: this.json.siteRates[cell],
      observed: this.json.counts[cell],
      exposureDays: days,
      siteWeight: this.json.siteWeights[cell],
    };
  }

  /** Sum over the whole local days [firstDay, endDay): full weeks at once, then the remainder. */
  private wholeDays(site: number, classes: readonly number[], firstDay: number, endDay: number): number {
    const days = endDay - firstDay;
    if (days <= 0) return 0;
    const weeks = Math.floor(days / 7);
    let total = 0;
    if (weeks > 0) {
      for (const c of classes) total += weeks * this.weekly[site * this.classes.length + c];
    }
    for (let day = firstDay + weeks * 7; day < endDay; day++) total += this.dayRate(site, classes, day);
    return total;
  }
}

function dayLength(day: number): number {
  return parisDayStart(day + 1) - parisDayStart(day);
}
