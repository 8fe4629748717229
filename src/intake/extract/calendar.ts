/** Calendar arithmetic on `YYYY-MM-DD` strings and the month and weekday words of French and English. */

export const MONTHS: Record<string, number> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** ISO weekday numbers, Monday = 1. */
export const WEEKDAYS: Record<string, number> = {
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  dimanche: 7,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** Month words, longest first, as a RegExp alternation. */
export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
export const WEEKDAY_PATTERN = Object.keys(WEEKDAYS).join('|');

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** `iso` plus `days` (negative to go back). */
export function addDays(iso: string, days: number): string {
  const date = toDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** ISO weekday of a date, Monday = 1. */
export function weekday(iso: string): number {
  return toDate(iso).getUTCDay() || 7;
}

/** The latest date with that weekday on or before `reference` (strictly before when `strict`). */
export function lastWeekday(reference: string, target: number, strict = false): string {
  let back = (weekday(reference) - target + 7) % 7;
  if (back === 0 && strict) back = 7;
  return addDays(reference, -back);
}

/** `YYYY-MM-DD` of a day and month, in the latest year that does not put it after `reference` (plus a day of grace). */
export function dayMonth(day: number, month: number, reference: string, year?: number): string | undefined {
  if (day < 1 || day > 31) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const make = (y: number) => `${y}-${pad(month)}-${pad(day)}`;
  const valid = (iso: string) => toDate(iso).toISOString().slice(0, 10) === iso;
  if (year !== undefined) return valid(make(year)) ? make(year) : undefined;
  const thisYear = Number(reference.slice(0, 4));
  const candidate = make(thisYear);
  if (!valid(candidate)) return undefined;
  return candidate <= addDays(reference, 1) ? candidate : make(thisYear - 1);
}

/** The last day of a month, `YYYY-MM-DD`. */
export function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** Numbers written in words, French and English (seizure masses, "il y a deux mois"). */
export const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  a: 1,
  an: 1,
  one: 1,
  deux: 2,
  two: 2,
  trois: 3,
  three: 3,
  quatre: 4,
  four: 4,
  cinq: 5,
  five: 5,
  six: 6,
  sept: 7,
  seven: 7,
  huit: 8,
  eight: 8,
  neuf: 9,
  nine: 9,
  dix: 10,
  ten: 10,
  onze: 11,
  eleven: 11,
  douze: 12,
  twelve: 12,
  treize: 13,
  thirteen: 13,
  quatorze: 14,
  fourteen: 14,
  quinze: 15,
  fifteen: 15,
  seize: 16,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  vingt: 20,
  twenty: 20,
  trente: 30,
  thirty: 30,
  quarante: 40,
  forty: 40,
  cinquante: 50,
  fifty: 50,
  soixante: 60,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  cent: 100,
  hundred: 100,
};
