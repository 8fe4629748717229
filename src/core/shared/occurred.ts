import { DateTime, type DurationLike } from 'luxon';
import type { TimePrecision } from './taxonomy.ts';
import type { OccurredInput } from './common.schema.ts';

/** A resolved time: the half-open UTC interval [start, end), its precision and the local zone. */
export interface OccurredInterval {
  start: Date;
  end: Date;
  precision: TimePrecision;
  timezone: string;
}

// The evening and morning hours that bound "the night of D to D+1", local time.
export const NIGHT_START_HOUR = 18;
export const NIGHT_END_HOUR = 8;

/** How long an interval lasts when only its start and precision are known. */
const SPAN_OF: Record<TimePrecision, DurationLike> = {
  exact: { minutes: 1 },
  hour: { hours: 1 },
  night: { hours: 24 + NIGHT_END_HOUR - NIGHT_START_HOUR },
  day: { days: 1 },
  week: { weeks: 1 },
  month: { months: 1 },
  year: { years: 1 },
  approx: { days: 1 },
};

const isDateOnly = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);
const localDay = (date: string, zone: string) => DateTime.fromISO(date, { zone }).startOf('day');

/**
 * Resolves the interchange `occurred` forms into a UTC interval, reading dates in the place's zone:
 * `{night_of: "2025-04-14"}` in Europe/Paris is 2025-04-14T16:00Z to 2025-04-15T06:00Z.
 */
export function resolveOccurred(input: OccurredInput, timezone: string): OccurredInterval {
  // An exact time always carries its offset (the schema requires it): Date reads it without luxon.
  if ('at' in input) {
    const start = new Date(input.at);
    return { start, end: new Date(start.getTime() + 60_000), precision: 'exact', timezone };
  }
  // Each local date costs luxon several Intl calls (tens of microseconds, the largest cost of an
  // import: bench/import-phases.bench.ts), and a large import repeats a few thousand (zone, form,
  // date) triples: keep the resolutions, bounded, and hand out copies.
  const key = `${timezone}|${JSON.stringify(input)}`;
  let known = resolvedIntervals.get(key);
  if (!known) {
    const { start, end, precision } = resolveWithLuxon(input, timezone);
    known = { start: start.getTime(), end: end.getTime(), precision };
    if (resolvedIntervals.size >= MAX_RESOLVED_INTERVALS) resolvedIntervals.clear();
    resolvedIntervals.set(key, known);
  }
  return { start: new Date(known.start), end: new Date(known.end), precision: known.precision, timezone };
}

const MAX_RESOLVED_INTERVALS = 50_000;
const resolvedIntervals = new Map<string, { start: number; end: number; precision: TimePrecision }>();

function resolveWithLuxon(input: Exclude<OccurredInput, { at: string }>, timezone: string): OccurredInterval {
  const interval = (start: DateTime, end: DateTime, precision: TimePrecision): OccurredInterval => ({
    start: start.toUTC().toJSDate(),
    end: end.toUTC().toJSDate(),
    precision,
    timezone,
  });
  if ('date' in input) {
    const day = localDay(input.date, timezone);
    return interval(day, day.plus({ days: 1 }), 'day');
  }
  if ('night_of' in input) {
    const evening = localDay(input.night_of, timezone).set({ hour: NIGHT_START_HOUR });
    const morning = localDay(input.night_of, timezone).plus({ days: 1 }).set({ hour: NIGHT_END_HOUR });
    return interval(evening, morning, 'night');
  }
  if ('week_of' in input) {
    const monday = localDay(input.week_of, timezone).startOf('week');
    return interval(monday, monday.plus({ weeks: 1 }), 'week');
  }
  if ('month' in input) {
    const first = DateTime.fromISO(`${input.month}-01`, { zone: timezone }).startOf('month');
    return interval(first, first.plus({ months: 1 }), 'month');
  }
  const precision: TimePrecision =
    input.precision ?? (input.end !== undefined ? 'approx' : isDateOnly(input.start) ? 'day' : 'exact');
  const start = isDateOnly(input.start)
    ? localDay(input.start, timezone)
    : DateTime.fromISO(input.start, { setZone: true });
  // A date-only end is inclusive: "from 14 to 16 April" runs to the end of the 16th.
  const end =
    input.end === undefined
      ? start.plus(SPAN_OF[precision])
      : isDateOnly(input.end)
        ? localDay(input.end, timezone).plus({ days: 1 })
        : DateTime.fromISO(input.end, { setZone: true });
  return interval(start, end, precision);
}
