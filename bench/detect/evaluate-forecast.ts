/**
 * The 72-hour site forecast: SiteRiskModel (baseline of the preceding year plus the excitation of
 * recent attacks, its parameters fitted on that year) fed in time order; every morning the k sites
 * with the highest probability of an attack within 72 hours are compared with the sites actually
 * attacked. Baselines: last week's attack counts (ties drawn at random), the baseline rate alone,
 * and a uniform draw (its expected hit rate).
 */
import type { AnalysisIncident, AnalysisSite } from '../../src/analysis/types.ts';
import { fitBaseline, fitExcitation, Rng, SiteAffinity, SiteRiskModel } from '../../src/analysis/waves/index.ts';
import type { HistoryIndex } from './history-index.ts';
import { classOf } from './vocabulary.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const YEAR_MS = 365 * DAY_MS;

const isAttack = (incident: AnalysisIncident) => classOf(incident) === 'attack';

interface Tally {
  hits: number;
  slots: number;
  recallSum: number;
}

const tally = (): Tally => ({ hits: 0, slots: 0, recallSum: 0 });

function count(tallied: Tally, chosen: readonly string[], attacked: ReadonlySet<string>): void {
  const hits = chosen.filter((id) => attacked.has(id)).length;
  tallied.hits += hits;
  tallied.slots += chosen.length;
  tallied.recallSum += attacked.size ? hits / attacked.size : 0;
}

/** Top-k hit rate (share of the k sites attacked within 72 h) of the model and the baselines. */
export function evaluateForecast(
  index: HistoryIndex,
  sites: readonly AnalysisSite[],
  from: number,
  to: number,
  k = 10,
) {
  const rng = new Rng(72);
  const model = tally();
  const lastWeek = tally();
  const rateOnly = tally();
  let uniformHits = 0;
  let days = 0;
  const fits: Array<{ alphaSelf: number; alphaCross: number; backgroundScale: number }> = [];
  for (let yearStart = from; yearStart < to - 3 * DAY_MS; yearStart += YEAR_MS) {
    const history = index.between(yearStart - YEAR_MS, yearStart).filter(isAttack);
    const baseline = fitBaseline(history, sites, {
      classOf,
      from: yearStart - YEAR_MS,
      to: yearStart,
      classes: ['attack'],
    });
    const affinity = new SiteAffinity(sites);
    const fit = fitExcitation(history, baseline, affinity, {
      from: yearStart - YEAR_MS + 30 * DAY_MS,
      to: yearStart,
      classes: ['attack'],
      classOf,
    });
    fits.push({ alphaSelf: fit.alphaSelf, alphaCross: fit.alphaCross, backgroundScale: fit.backgroundScale });
    const risk = new SiteRiskModel(baseline, sites, {
      classes: ['attack'],
      classOf,
      affinity,
      beta: fit.beta,
      alphaSelf: fit.alphaSelf,
      alphaCross: fit.alphaCross,
      backgroundScale: fit.backgroundScale,
    });
    const yearEnd = Math.min(yearStart + YEAR_MS, to - 3 * DAY_MS);
    const stream = index.between(yearStart - 20 * DAY_MS, yearEnd).filter(isAttack);
    let next = 0;
    for (let now = Math.floor(yearStart / DAY_MS) * DAY_MS + 8 * HOUR_MS; now < yearEnd; now += DAY_MS) {
      while (next < stream.length && stream[next].start < now) risk.observe(stream[next++]);
      const attacked = new Set(
        index
          .between(now, now + 72 * HOUR_MS)
          .filter(isAttack)
          .map((incident) => incident.siteId!),
      );
      const forecast = risk.forecast(now, 72);
      count(
        model,
        forecast.slice(0, k).map((row) => row.siteId),
        attacked,
      );
      count(
        rateOnly,
        [...forecast]
          .sort((x, y) => y.background - x.background)
          .slice(0, k)
          .map((row) => row.siteId),
        attacked,
      );
      const recent = new Map<string, number>();
      for (const incident of index.between(now - 7 * DAY_MS, now)) {
        if (isAttack(incident)) recent.set(incident.siteId!, (recent.get(incident.siteId!) ?? 0) + 1);
      }
      const ranked = sites
        .map((site) => ({ id: site.id, count: recent.get(site.id) ?? 0, tie: rng.float() }))
        .sort((x, y) => y.count - x.count || x.tie - y.tie);
      count(
        lastWeek,
        ranked.slice(0, k).map((row) => row.id),
        attacked,
      );
      uniformHits += (k * attacked.size) / sites.length;
      days++;
    }
  }
  const rate = (t: Tally) => ({ hitRate: t.hits / t.slots, recall: t.recallSum / days });
  return {
    k,
    days,
    model: rate(model),
    lastWeek: rate(lastWeek),
    baselineRate: rate(rateOnly),
    uniform: { hitRate: uniformHits / (k * days), recall: k / sites.length },
    fits,
  };
}
