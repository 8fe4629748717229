/**
 * Seizure trends as pure arithmetic over plain records: totals by drug, month, directorate, agency
 * and route, and year-to-date against the same period of the previous year. Every calendar question
 * (which month, which year, where a period ends) is answered in the Europe/Paris time zone, where the
 * published French figures are counted, so a seizure at 23:30 UTC on 31 December is one of 1 January.
 */
import { DateTime } from 'luxon';

export const TREND_ZONE = 'Europe/Paris';
export const GROUP_BYS = ['drug', 'month', 'directorate', 'agency', 'route'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** What the trends read of a seizure. */
export interface SeizureFact {
  occurred_start: Date;
  drug: string;
  quantity_kg: number;
  directorate_code: string | null;
  agency: string | null;
  route: string | null;
}

export interface GroupTotal {
  key: string;
  kilograms: number;
  count: number;
}

/** "2024-11": the Paris calendar month of an instant. */
export function parisMonth(at: Date, zone = TREND_ZONE): string {
  return DateTime.fromJSDate(at, { zone }).toFormat('yyyy-MM');
}

function keyOf(fact: SeizureFact, groupBy: GroupBy, zone: string): string {
  switch (groupBy) {
    case 'drug':
      return fact.drug;
    case 'month':
      return parisMonth(fact.occurred_start, zone);
    case 'directorate':
      return fact.directorate_code ?? 'none';
    case 'agency':
      return fact.agency ?? 'none';
    case 'route':
      return fact.route ?? 'none';
  }
}

/** Totals per group; months in calendar order, the other groups largest first. */
export function groupTotals(facts: SeizureFact[], groupBy: GroupBy, zone = TREND_ZONE): GroupTotal[] {
  const totals = new Map<string, GroupTotal>();
  for (const fact of facts) {
    const key = keyOf(fact, groupBy, zone);
    const total = totals.get(key) ?? { key, kilograms: 0, count: 0 };
    total.kilograms += fact.quantity_kg;
    total.count += 1;
    totals.set(key, total);
  }
  const rows = [...totals.values()].map((row) => ({ ...row, kilograms: roundKg(row.kilograms) }));
  return groupBy === 'month'
    ? rows.sort((a, b) => a.key.localeCompare(b.key))
    : rows.sort((a, b) => b.kilograms - a.kilograms || a.key.localeCompare(b.key));
}

/** A half-open period [from, to) and the local dates it covers, inclusive. */
export interface Period {
  from: Date;
  to: Date;
  first_day: string;
  last_day: string;
}

export interface YtdPeriods {
  current: Period;
  /** the same stretch of the year before; a month-end date compares whole months (29 February included) */
  previous: Period;
  previous_year: Period;
  /** complete months covered when the date is the last day of its month, else null */
  months: number | null;
}

function period(start: DateTime, lastDay: DateTime): Period {
  return {
    from: start.toJSDate(),
    to: lastDay.plus({ days: 1 }).startOf('day').toJSDate(),
    first_day: start.toISODate()!,
    last_day: lastDay.toISODate()!,
  };
}

/**
 * The year-to-date periods ending on `date` (a local date, included): 1 January to `date`, the same
 * dates a year earlier, and the whole previous year. 29 February 2024 compares with 28 February
 * 2023; 28 February 2025, a month end, compares with the whole of February 2024 (to the 29th).
 */
export function ytdPeriods(date: string, zone = TREND_ZONE): YtdPeriods {
  const day = DateTime.fromISO(date, { zone }).startOf('day');
  if (!day.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not a date: ${date}`);
  const monthEnd = day.hasSame(day.endOf('month'), 'day');
  const before = day.minus({ years: 1 });
  const previousLast = monthEnd ? before.endOf('month').startOf('day') : before;
  return {
    current: period(day.startOf('year'), day),
    previous: period(before.startOf('year'), previousLast),
    previous_year: period(before.startOf('year'), before.endOf('year').startOf('day')),
    months: monthEnd ? day.month : null,
  };
}

export interface PeriodTotal extends Period {
  kilograms: number;
  count: number;
}

export interface YearToDate {
  date: string;
  drug: string | null;
  current: PeriodTotal;
  previous: PeriodTotal;
  previous_year: PeriodTotal;
  months: number | null;
  /** current / previous (same period); null when the previous period holds nothing */
  ratio: number | null;
  /** current / the whole previous year */
  ratio_to_previous_year: number | null;
  sentence: { fr: string; en: string };
}

function totalIn(facts: SeizureFact[], p: Period): PeriodTotal {
  const inside = facts.filter((f) => f.occurred_start >= p.from && f.occurred_start < p.to);
  return { ...p, kilograms: roundKg(inside.reduce((sum, f) => sum + f.quantity_kg, 0)), count: inside.length };
}

/** Year-to-date on `date` against the same period of the previous year, with the sentence that says it. */
export function yearToDate(facts: SeizureFact[], date: string, drug?: string, zone = TREND_ZONE): YearToDate {
  const periods = ytdPeriods(date, zone);
  const selected = drug ? facts.filter((f) => f.drug === drug) : facts;
  const current = totalIn(selected, periods.current);
  const previous = totalIn(selected, periods.previous);
  const previousYear = totalIn(selected, periods.previous_year);
  const ratio = previous.kilograms > 0 ? current.kilograms / previous.kilograms : null;
  const ratioYear = previousYear.kilograms > 0 ? current.kilograms / previousYear.kilograms : null;
  const result = {
    date,
    drug: drug ?? null,
    current,
    previous,
    previous_year: previousYear,
    months: periods.months,
    ratio,
    ratio_to_previous_year: ratioYear,
  };
  return { ...result, sentence: ytdSentences(result) };
}

const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DRUGS_FR: Record<string, string> = {
  cocaine: 'cocaïne',
  cannabis: 'cannabis',
  heroin: 'héroïne',
  synthetic: 'drogues de synthèse',
  other: 'autres drogues',
};
const DRUGS_EN: Record<string, string> = {
  cocaine: 'cocaine',
  cannabis: 'cannabis',
  heroin: 'heroin',
  synthetic: 'synthetic drugs',
  other: 'other drugs',
};

/** "cocaïne", "synthetic drugs": a drug as the language says it. */
export function drugName(drug: string, language: 'fr' | 'en'): string {
  return (language === 'fr' ? DRUGS_FR : DRUGS_EN)[drug] ?? drug;
}

/** "47 t", "21.9 t", "850 kg" (French: "21,9 t"). */
export function formatMass(kilograms: number, language: 'fr' | 'en' = 'en'): string {
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  if (kilograms >= 1000) return `${(kilograms / 1000).toLocaleString(locale, { maximumFractionDigits: 1 })} t`;
  return `${kilograms.toLocaleString(locale, { maximumFractionDigits: 1 })} kg`;
}

/** "double", "2.2 times", "about the same as": how a ratio is said. */
export function ratioWords(ratio: number, language: 'fr' | 'en'): string {
  const near = (value: number) => Math.abs(ratio - value) < 0.05 * value;
  if (near(2)) return language === 'fr' ? 'le double de' : 'double';
  if (near(3)) return language === 'fr' ? 'le triple de' : 'triple';
  if (near(1)) return language === 'fr' ? 'autant que' : 'about the same as';
  const n = ratio.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 });
  return language === 'fr' ? `${n} fois` : `${n} times`;
}

function ytdSentences(y: Omit<YearToDate, 'sentence'>): { fr: string; en: string } {
  const year = Number(y.current.last_day.slice(0, 4));
  const [month, day] = [Number(y.current.last_day.slice(5, 7)), Number(y.current.last_day.slice(8, 10))];
  const spanFr =
    y.months === 12
      ? `en ${year}`
      : y.months
        ? `sur les ${y.months} premiers mois de ${year}`
        : `du 1er janvier au ${day} ${MONTHS_FR[month - 1]} ${year}`;
  const spanEn =
    y.months === 12
      ? `in ${year}`
      : y.months
        ? `in the first ${y.months} months of ${year}`
        : `from 1 January to ${day} ${MONTHS_EN[month - 1]} ${year}`;
  const ofFr = y.drug ? ` de ${DRUGS_FR[y.drug] ?? y.drug}` : ' saisies';
  const ofEn = y.drug ? ` of ${DRUGS_EN[y.drug] ?? y.drug}` : ' seized';
  let fr = `${formatMass(y.current.kilograms, 'fr')}${ofFr} ${spanFr}`;
  let en = `${formatMass(y.current.kilograms, 'en')}${ofEn} ${spanEn}`;
  const parts: Array<[string, string]> = [];
  if (y.ratio_to_previous_year !== null && y.months !== 12) {
    parts.push([
      `${ratioWords(y.ratio_to_previous_year, 'fr')} toute l’année ${year - 1} (${formatMass(y.previous_year.kilograms, 'fr')})`,
      `${ratioWords(y.ratio_to_previous_year, 'en')} the whole of ${year - 1} (${formatMass(y.previous_year.kilograms, 'en')})`,
    ]);
  }
  if (y.ratio !== null) {
    parts.push([
      `${ratioWords(y.ratio, 'fr')} la même période de ${year - 1} (${formatMass(y.previous.kilograms, 'fr')})`,
      `${ratioWords(y.ratio, 'en')} the same period of ${year - 1} (${formatMass(y.previous.kilograms, 'en')})`,
    ]);
  } else {
    parts.push([
      `rien d’enregistré sur la même période de ${year - 1}`,
      `nothing recorded in the same period of ${year - 1}`,
    ]);
  }
  fr += ` : ${parts.map((p) => p[0]).join(' et ')}.`;
  en += `: ${parts.map((p) => p[1]).join(' and ')}.`;
  return { fr, en };
}

/** Units a seizure may be counted in: the mass units, and bales at a declared weight each. */
export const QUANTITY_UNITS = { mg: 1e-6, g: 0.001, kg: 1, t: 1000, lb: 0.45359237, oz: 0.028349523125 } as const;
export type QuantityUnit = keyof typeof QUANTITY_UNITS | 'bale';

/**
 * Kilograms of a quantity. Bales have no standard weight: a count of bales is converted only at the
 * weight per bale the source declared (e.g. 25 kg cocaine bales), and refused without it.
 */
export function quantityInKilograms(value: number, unit: QuantityUnit, declaredBaleKg?: number): number {
  if (!(value >= 0) || !Number.isFinite(value)) throw new RangeError('a quantity is a non-negative number');
  if (unit === 'bale') {
    if (declaredBaleKg === undefined || !(declaredBaleKg > 0))
      throw new RangeError('a count of bales needs the declared weight of one bale');
    return roundKg(value * declaredBaleKg);
  }
  return roundKg(value * QUANTITY_UNITS[unit]);
}

/** Kilograms to a unit (tons for the national figures). */
export function kilogramsIn(kilograms: number, unit: keyof typeof QUANTITY_UNITS): number {
  return kilograms / QUANTITY_UNITS[unit];
}

/** Sums kept to the gram: floating sums of thousands of records must not print 46999.99999. */
function roundKg(kilograms: number): number {
  return Math.round(kilograms * 1000) / 1000;
}
