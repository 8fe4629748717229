/**
 * The nightly fit of the excitation parameters that drive the site risk forecast: how many follow-on
 * incidents an incident causes at its own site (α_self) and at sites sharing something with it
 * (α_cross), on top of the baseline scaled by η. One pass over the history, then a 3-parameter
 * concave maximisation (hawkes-likelihood.ts). The decay β is held fixed: the likelihood is not
 * concave in β, and a few candidate values can be compared by their log-likelihood if needed.
 */
import type { AnalysisIncident } from '../types.ts';
import type { Baseline } from './baseline.ts';
import type { HawkesParameters } from './hawkes.ts';
import { likelihoodTerms, maximiseLikelihood } from './hawkes-likelihood.ts';
import { DAY_MS } from './paris-day.ts';
import type { SiteAffinity } from './site-affinity.ts';

/** What to fit on. */
export interface ExcitationFitOptions {
  /** the period explained [from, to); incidents shortly before `from` count as history */
  from: number;
  to: number;
  /** the baseline classes whose rates make the background */
  classes: readonly string[];
  /** keeps incidents of those classes only, when given */
  classOf?: (incident: AnalysisIncident) => string | null;
  /** which incidents count; by default all but refuted ones and duplicates */
  include?: (incident: AnalysisIncident) => boolean;
  /** decay per day (default 0.4) */
  beta?: number;
}

/** The fitted parameters and how many incidents they explain. */
export interface ExcitationFit extends HawkesParameters {
  beta: number;
  events: number;
}

/** Fits η, α_self and α_cross on a history, for SiteRiskModel. */
export function fitExcitation(
  history: Iterable<AnalysisIncident>,
  baseline: Baseline,
  affinity: SiteAffinity,
  options: ExcitationFitOptions,
): ExcitationFit {
  const beta = options.beta ?? 0.4;
  const historyStart = options.from - (5 / beta) * DAY_MS;
  const classes = new Set(options.classes);
  const include = options.include ?? ((incident) => incident.status !== 'refuted' && incident.status !== 'duplicate');
  // keep only time, site and the (shared, cached) list of excited sites: a streamed history of a
  // million incidents then costs a few tens of megabytes, not the incidents themselves
  const events: Array<{ time: number; site: number; links: ReadonlyArray<{ site: number; weight: number }> }> = [];
  for (const incident of history) {
    if (incident.start < historyStart || incident.start >= options.to) continue;
    const site = affinity.rowOf(incident.siteId);
    if (site === undefined || !include(incident)) continue;
    if (options.classOf) {
      const name = options.classOf(incident);
      if (name === null || !classes.has(name)) continue;
    }
    events.push({ time: incident.start, site, links: affinity.forIncident(incident) });
  }
  events.sort((a, b) => a.time - b.time);
  const classRows = baseline.classIndexes(options.classes);
  const baselineRows = affinity.sites.map((site) => baseline.siteIndex(site.id));
  const backgroundIntegral = baselineRows.reduce(
    (sum, row) => sum + baseline.expectedAt(row, classRows, options.from, options.to),
    0,
  );
  const terms = likelihoodTerms({
    events,
    from: options.from,
    to: options.to,
    sites: affinity.sites.length,
    beta,
    backgroundRate: (site, time) => baseline.rateAt(baselineRows[site], classRows, time),
    backgroundIntegral,
    links: (index) => events[index].links,
  });
  const fit = maximiseLikelihood(terms, [1, 0.2, 0.05], [true, true, true]);
  return {
    backgroundScale: fit.theta[0],
    alphaSelf: fit.theta[1],
    alphaCross: fit.theta[2],
    logLikelihood: fit.logLikelihood,
    beta,
    events: terms.count,
  };
}
