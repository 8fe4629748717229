import { DateTime } from 'luxon';

/**
 * The demo's own calendar. The scenario happened in April 2025 (the wave on the nights of 13 to 15
 * April, read on the morning of the 16th); `vigie demo` moves it so that the wave falls on the last
 * three nights before the day it is loaded, and every other dated record (background, seizures,
 * escorts, fugitives, graph relations) moves by the same number of days, so their order and gaps stay
 * as written. `--as-of 2025-04-16` keeps the historical dates.
 */
export const DEMO_HISTORICAL_DAY = '2025-04-16';

const ZONE = 'Europe/Paris';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Today in metropolitan France, `YYYY-MM-DD`. */
export function parisToday(now = new Date()): string {
  return DateTime.fromJSDate(now, { zone: ZONE }).toISODate()!;
}

/** How many days the scenario moves so that its morning-after is `asOf` (0 for the historical day). */
export function demoShiftDays(asOf: string): number {
  if (!DATE.test(asOf) || !DateTime.fromISO(asOf).isValid)
    throw new RangeError(`as-of must be a date as YYYY-MM-DD, not "${asOf}"`);
  return Math.round(
    DateTime.fromISO(asOf, { zone: 'UTC' }).diff(DateTime.fromISO(DEMO_HISTORICAL_DAY, { zone: 'UTC' }), 'days').days,
  );
}

/** Moves one date or date-time by whole days; a date-time keeps its wall-clock time in Paris. */
export function shiftDateText(text: string, days: number): string {
  if (days === 0) return text;
  if (DATE.test(text)) return DateTime.fromISO(text, { zone: 'UTC' }).plus({ days }).toISODate()!;
  if (DATE_TIME.test(text)) {
    // In Paris time, so that 07:00 in April stays 07:00 in December (the offset follows the season).
    return DateTime.fromISO(text, { zone: ZONE }).plus({ days }).toISO({ suppressMilliseconds: true })!;
  }
  return text;
}

/**
 * A copy of a demo record with every date and date-time value moved by `days`. Only whole values
 * are dates (`"2025-04-14"`, `"2025-04-17T07:00:00+02:00"`): prose, identifiers and other strings stay
 * as they are, so external ids remain stable and loading twice adds nothing twice.
 */
export function shiftDemoRecord<T>(value: T, days: number): T {
  if (days === 0) return value;
  if (typeof value === 'string') return shiftDateText(value, days) as T;
  if (Array.isArray(value)) return value.map((item) => shiftDemoRecord(item, days)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shiftDemoRecord(item, days)])) as T;
  }
  return value;
}
