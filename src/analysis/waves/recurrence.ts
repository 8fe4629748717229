/**
 * From a p-value to a sentence an analyst can weigh: "at the usual rates, this happens once in N years".
 *
 * A p-value answers "how surprising is this one evaluation?". Vigie evaluates many candidates every
 * day, so what matters is how often such a surprise occurs by chance across all those evaluations.
 * With E evaluations a year, each with probability p of doing at least this well under the usual
 * rates, chance alone produces one such alarm every 1 / (p × E) years (Kulldorff 2001's recurrence
 * interval). Conversely, alarming when the recurrence exceeds T years means alarming when
 * p ≤ 1 / (E × T), which under the null gives E × 1 / (E × T) = 1 / T false alarms a year: the
 * recurrence threshold is the false-alarm budget.
 */
import type { MonteCarloResult } from './monte-carlo.ts';

const DAYS_PER_YEAR = 365.25;

/** Evaluations a year: each candidate evaluated `perDay` times a day (default once). */
export function evaluationsPerYear(candidates: number, perDay = 1): number {
  return candidates * perDay * DAYS_PER_YEAR;
}

/** Years between two chance occurrences at least as extreme: 1 / (p × evaluations a year). */
export function recurrenceYears(pValue: number, evaluationsPerYear: number): number {
  return 1 / (pValue * evaluationsPerYear);
}

/** The p-value below which the recurrence exceeds `years` (the alarm threshold for 1 / years false alarms a year). */
export function alarmPValue(years: number, evaluationsPerYear: number): number {
  return 1 / (years * evaluationsPerYear);
}

/**
 * Tail probability beyond the replications' reach (Abrams, Kleinman & Kulldorff 2010). With R
 * replications a Monte Carlo p-value cannot go below 1 / (R + 1), which caps the recurrence at
 * (R + 1) / E years; when the observed statistic beats every replication, a Gumbel law fitted by
 * moments to the simulated maxima extrapolates the tail. Scan maxima are often exactly 0 (nothing
 * above expectation), so the Gumbel is fitted to the positive maxima and scaled by their share.
 * Returns null when there are too few positive replications to fit.
 */
export function gumbelTailPValue(statistics: Float64Array, observed: number): number | null {
  let count = 0;
  let sum = 0;
  let squares = 0;
  for (const value of statistics) {
    if (value <= 0) continue;
    count++;
    sum += value;
    squares += value * value;
  }
  if (count < 30) return null;
  const mean = sum / count;
  const sd = Math.sqrt(Math.max(squares / count - mean * mean, 0) * (count / (count - 1)));
  if (sd === 0) return null;
  const scale = (sd * Math.sqrt(6)) / Math.PI;
  const location = mean - 0.5772156649 * scale;
  const tail = -Math.expm1(-Math.exp(-(observed - location) / scale));
  return (count / statistics.length) * tail;
}

/** The significance carried by an alarm. */
export interface Significance {
  /** the Monte Carlo p-value (Besag–Clifford sequential, randomised ties) */
  pValue: number;
  replications: number;
  exceedances: number;
  stoppedEarly: boolean;
  /** the Gumbel tail p-value, when the observed statistic beat every replication */
  tailPValue: number | null;
  /** the p-value the recurrence uses: the tail p-value when available, else the Monte Carlo one */
  recurrencePValue: number;
  recurrenceYears: number;
  /** "at the usual rates, this happens once in N years" */
  sentence: string;
}

/** Combines a Monte Carlo result into the significance of an alarm. */
export function significanceOf(result: MonteCarloResult, observed: number, evaluationsPerYear: number): Significance {
  const tail = result.exceedances === 0 && !result.stoppedEarly ? gumbelTailPValue(result.statistics, observed) : null;
  // the tail fit may only sharpen the estimate, never claim less than Monte Carlo showed
  const recurrencePValue = tail === null ? result.pValue : Math.min(tail, result.pValue);
  const years = recurrenceYears(recurrencePValue, evaluationsPerYear);
  return {
    pValue: result.pValue,
    replications: result.replications,
    exceedances: result.exceedances,
    stoppedEarly: result.stoppedEarly,
    tailPValue: tail,
    recurrencePValue,
    recurrenceYears: years,
    sentence: recurrenceSentence(years),
  };
}

/** "at the usual rates, this happens once in 12 years" (months, weeks or days below a year, a bound beyond 1,000 years). */
export function recurrenceSentence(years: number): string {
  return `at the usual rates, this happens ${onceIn(years)}`;
}

/**
 * Below this p-value the tests resolve nothing more: a Monte Carlo p rests on a Gumbel tail fitted to
 * 999 replications, a signature p on a Poisson rate known from a handful of carriers. Beyond it the
 * p-value and the recurrence read as bounds.
 */
export const P_VALUE_FLOOR = 1e-6;

/**
 * The p-value and the recurrence of one test as an analyst reads them, once: "p = 0.0034" and "at the
 * usual rates, this happens once in 5.9 years", or, beyond what the test resolves, "p < 1e-6" and
 * "at the usual rates, this happens more rarely than once in 1,000 years".
 */
export function describeRecurrence(pValue: number, years: number): { p: string; sentence: string; bound: boolean } {
  const bound = pValue < P_VALUE_FLOOR;
  const p = bound ? 'p < 1e-6' : `p = ${pValue < 0.001 ? pValue.toExponential(1) : pValue.toPrecision(2)}`;
  return { p, sentence: recurrenceSentence(bound ? Math.max(years, 1000) : years), bound };
}

function onceIn(years: number): string {
  // beyond a millennium the digits would only reflect the tail approximation, not the data
  if (years >= 1000) return 'more rarely than once in 1,000 years';
  const days = years * DAYS_PER_YEAR;
  if (years >= 1) return `once in ${round(years)} ${years < 1.05 ? 'year' : 'years'}`;
  if (days >= 60) return `once in ${round(days / 30.44)} months`;
  if (days >= 14) return `once in ${round(days / 7)} weeks`;
  if (days >= 1) return `once in ${round(days)} ${days < 1.05 ? 'day' : 'days'}`;
  return `about ${round(1 / days)} times a day`;
}

/** Two significant digits, thousands separated: 1.3, 12, 120, 1,200. */
function round(value: number): string {
  const digits = value >= 10 ? 0 : 1;
  const rounded = Number(value.toPrecision(2));
  return rounded.toLocaleString('en-GB', { maximumFractionDigits: digits });
}
