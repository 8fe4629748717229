/**
 * The count-only baseline of the long-wave figures (issue 15 section 7): a Poisson GLR detector
 * of a rate increase (as `glrpois` of R's `surveillance` package), run on the national daily count
 * of each kind of attack (vehicle arson, gunfire, arson, graffiti, threat). It sees what a method
 * without tags sees: how many acts of a kind happened each night, against the usual.
 *
 * Each night t (the Paris day its evening belongs to) and kind k, with y the counts and μ the
 * expected counts, G(t) = max over the last W = 28 nights s ≤ t of Y ln(Y / M) − (Y − M), where
 * Y = Σ y(s..t) and M = Σ μ(s..t) (0 when Y ≤ M): the likelihood ratio of "the rate rose by
 * κ = Y / M from night s on" against "no change". The series kept is the maximum over kinds. μ is
 * the product's baseline (refitted monthly on the year before, like the scans') for attacks at every
 * facility, times the kind's share of the attacks of that year. An alarm starts when G crosses h
 * upwards; h is calibrated on the null twins like Vigie's threshold (at most the same false alarms a
 * year), and a wave counts as found by the GLR at its first night above h within 28 nights of its start.
 */
import { parisDay, parisDayStart } from '../../src/analysis/waves/paris-day.ts';
import type { HistoryIndex } from './history-index.ts';
import { classOf } from './vocabulary.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Nights a rate increase may have started before the night tested. */
export const GLR_WINDOW = 28;
const KINDS = ['vehicle_arson', 'gunfire', 'arson', 'graffiti', 'threat'];

/** The night of an act: the Paris day its evening belongs to (before 08:00 is the night before). */
const nightOf = (time: number) => parisDay(time - 8 * HOUR_MS);

export interface GlrSeries {
  /** the first night of the series (Paris day number) */
  firstNight: number;
  /** G(t), the maximum over kinds, for each night from firstNight on */
  statistic: number[];
}

/** The GLR statistic of every night in [from, to). */
export function countGlr(index: HistoryIndex, from: number, to: number): GlrSeries {
  const firstNight = nightOf(from);
  const nights = nightOf(to) - firstNight;
  const observed = KINDS.map(() => new Float64Array(nights));
  const expected = KINDS.map(() => new Float64Array(nights));
  for (const incident of index.between(from, to)) {
    if (classOf(incident) !== 'attack') continue;
    const k = KINDS.indexOf(incident.eventTypes[0]);
    const t = nightOf(incident.start) - firstNight;
    if (k >= 0 && t >= 0 && t < nights) observed[k][t]++;
  }
  const shares = new Map<number, number[]>();
  for (let t = 0; t < nights; t++) {
    const dayStart = parisDayStart(firstNight + t) + 12 * HOUR_MS;
    const baseline = index.baselineFor(dayStart);
    const month = new Date(dayStart);
    const monthStart = Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1);
    let share = shares.get(monthStart);
    if (!share) {
      const counts = KINDS.map(() => 0);
      for (const incident of index.between(monthStart - 365 * DAY_MS, monthStart)) {
        const k = classOf(incident) === 'attack' ? KINDS.indexOf(incident.eventTypes[0]) : -1;
        if (k >= 0) counts[k]++;
      }
      const total = Math.max(
        1,
        counts.reduce((sum, n) => sum + n, 0),
      );
      share = counts.map((n) => n / total);
      shares.set(monthStart, share);
    }
    const attack = baseline.classIndexes(['attack']);
    let rate = 0;
    for (const site of index.sites) rate += baseline.dayRate(baseline.siteIndex(site.id), attack, firstNight + t);
    KINDS.forEach((_, k) => {
      expected[k][t] = rate * share![k];
    });
  }
  const statistic = Array.from({ length: nights }, (_, t) => {
    let best = 0;
    for (let k = 0; k < KINDS.length; k++) {
      let y = 0;
      let m = 0;
      for (let s = t; s > t - GLR_WINDOW && s >= 0; s--) {
        y += observed[k][s];
        m += expected[k][s];
        if (y > m && m > 0) best = Math.max(best, y * Math.log(y / m) - (y - m));
      }
    }
    return best;
  });
  return { firstNight, statistic };
}

/** Alarm starts (upward crossings of h) in a series. */
export function glrAlarmStarts(series: GlrSeries, h: number): number[] {
  const starts: number[] = [];
  series.statistic.forEach((g, t) => {
    if (g >= h && (t === 0 || series.statistic[t - 1] < h)) starts.push(series.firstNight + t);
  });
  return starts;
}

/** Thresholds h tried, in order. */
export const GLR_THRESHOLDS = Array.from({ length: 121 }, (_, i) => 3 + i * 0.25);

/** The smallest h whose alarms a year on the null series stay within the target. */
export function calibrateGlr(nulls: ReadonlyArray<{ series: GlrSeries; years: number }>, target: number): number {
  const years = nulls.reduce((sum, row) => sum + row.years, 0);
  return (
    GLR_THRESHOLDS.find(
      (h) => nulls.reduce((sum, row) => sum + glrAlarmStarts(row.series, h).length, 0) / years <= target,
    ) ?? GLR_THRESHOLDS[GLR_THRESHOLDS.length - 1]
  );
}

/** When the GLR first stands at or above h within 28 nights of a start (the morning after that night), or null. */
export function glrFirstAlarm(series: GlrSeries, h: number, start: number): number | null {
  const first = nightOf(start) - series.firstNight;
  for (let t = Math.max(0, first); t < Math.min(series.statistic.length, first + GLR_WINDOW); t++) {
    if (series.statistic[t] >= h) return parisDayStart(series.firstNight + t + 1) + 8 * HOUR_MS;
  }
  return null;
}
