import { locale, t } from '../i18n/i18n.ts';
import type { Occurred } from '../api/types.ts';

const DAY_MS = 86_400_000;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The wall-clock fields of an instant in a time zone. */
function partsIn(instant: Date, timeZone: string): Parts {
  const formatter = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const values: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return { year: values.year, month: values.month, day: values.day, hour: values.hour % 24, minute: values.minute };
}

/** `YYYY-MM-DD` of an instant in a time zone (the local calendar day). */
export function localDate(instant: Date | string, timeZone: string): string {
  const { year, month, day } = partsIn(new Date(instant), timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `YYYY-MM-DDTHH:mm` of an instant in a time zone, as a datetime-local input holds it. */
export function localDateTime(instant: Date | string, timeZone: string): string {
  const { hour, minute } = partsIn(new Date(instant), timeZone);
  return `${localDate(instant, timeZone)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` of today, in the browser's zone. */
export function today(): string {
  return localDate(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** Adds days to a `YYYY-MM-DD` date (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}

function offsetMinutes(instantMs: number, timeZone: string): number {
  const p = partsIn(new Date(instantMs), timeZone);
  return Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - instantMs) / 60_000);
}

/**
 * Turns a wall-clock time of a place (`2025-04-15T00:30` as typed in a datetime-local input) into
 * a date-time with that zone's offset (`2025-04-15T00:30:00+02:00`), which the API requires.
 */
export function zonedDateTime(local: string, timeZone: string): string {
  const [date, time = '00:00'] = local.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  let offset = offsetMinutes(guess, timeZone);
  offset = offsetMinutes(guess - offset * 60_000, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00${sign}${hh}:${mm}`;
}

const format = (instant: Date, timeZone: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale(), { timeZone, ...options }).format(instant);

const fullDate = (instant: Date, timeZone: string) =>
  format(instant, timeZone, { day: 'numeric', month: 'short', year: 'numeric' });

/** "14 au 15 avr. 2025": the first date keeps only what differs from the second. */
function compactRange(start: Date, end: Date, timeZone: string): { start: string; end: string } {
  const a = partsIn(start, timeZone);
  const b = partsIn(end, timeZone);
  const first =
    a.year !== b.year
      ? fullDate(start, timeZone)
      : a.month !== b.month
        ? format(start, timeZone, { day: 'numeric', month: 'short' })
        : format(start, timeZone, { day: 'numeric' });
  return { start: first, end: fullDate(end, timeZone) };
}

/**
 * A human label of when an incident happened, in the incident's own time zone and at its precision:
 * "nuit du 14 au 15 avr. 2025", "16 avr. 2025", "15 avr. 2025, 00:30".
 */
export function occurredLabel(occurred: Pick<Occurred, 'start' | 'end' | 'precision'> & { timezone?: string }): string {
  const timeZone = occurred.timezone || 'Europe/Paris';
  const start = new Date(occurred.start);
  // The interval is half-open: its last instant is just before `end`.
  const last = new Date(new Date(occurred.end).getTime() - 1);
  switch (occurred.precision) {
    case 'exact':
    case 'hour':
      return format(start, timeZone, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      });
    case 'night':
      return t('date.night', compactRange(start, last, timeZone));
    case 'day':
      return fullDate(start, timeZone);
    case 'week':
      return t('date.week', { start: fullDate(start, timeZone) });
    case 'month':
      return format(start, timeZone, { month: 'long', year: 'numeric' });
    case 'year':
      return format(start, timeZone, { year: 'numeric' });
    default: {
      if (localDate(start, timeZone) === localDate(last, timeZone)) return fullDate(start, timeZone);
      return t('date.range', compactRange(start, last, timeZone));
    }
  }
}

/**
 * When a draft says something happened (the interchange format's `occurred`: `night_of`, `date`, `at`,
 * `week_of`, `month` or `start`/`end`), worded as `occurredLabel` words a stored incident; a shape it
 * does not know is shown as it came.
 */
export function occurredInputLabel(occurred: Record<string, unknown>): string {
  const text = (key: string) => (typeof occurred[key] === 'string' ? (occurred[key] as string) : undefined);
  const isDate = (value: string | undefined): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);
  // a calendar date is read at noon UTC, so that no zone moves it to the day before
  const noon = (date: string) => new Date(`${date}T12:00:00Z`);
  const instant = (value: string) => (isDate(value) ? noon(value) : new Date(value));
  const [night, date, week, month, at, start, end] = ['night_of', 'date', 'week_of', 'month', 'at', 'start', 'end'].map(
    text,
  );
  if (isDate(night)) return t('date.night', compactRange(noon(night), noon(addDays(night, 1)), 'UTC'));
  if (isDate(date)) return fullDate(noon(date), 'UTC');
  if (isDate(week)) return t('date.week', { start: fullDate(noon(week), 'UTC') });
  if (month && /^\d{4}-\d{2}$/.test(month))
    return format(noon(`${month}-01`), 'UTC', { month: 'long', year: 'numeric' });
  const zone = 'Europe/Paris';
  if (at && !Number.isNaN(Date.parse(at)))
    return format(new Date(at), zone, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
  if (start && !Number.isNaN(instant(start).getTime())) {
    if (!end || Number.isNaN(instant(end).getTime())) return fullDate(instant(start), isDate(start) ? 'UTC' : zone);
    return t('date.range', compactRange(instant(start), instant(end), isDate(start) ? 'UTC' : zone));
  }
  return Object.values(occurred)
    .filter((value) => typeof value === 'string')
    .join(' – ');
}

/** A date-time for record metadata (created, updated), in the browser's zone. */
export function dateTimeLabel(value: string | null | undefined): string {
  if (!value) return t('common.none');
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

/** A plain calendar date (`2025-04-14` or a date-time) as a medium date. */
export function dateLabel(value: string | null | undefined): string {
  if (!value) return t('common.none');
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(date);
}

/** The zone in which the period inputs are read: the calendar days of metropolitan France. */
const PERIOD_ZONE = 'Europe/Paris';

/**
 * Turns a period of calendar days as users pick them ("du 1er au 30 avril", both days included)
 * into the API's bounds: date-times with offset, `to` being the first instant after the last day.
 */
export function apiPeriod(period: { from?: string; to?: string }): { from?: string; to?: string } {
  return {
    from: period.from ? zonedDateTime(`${period.from}T00:00`, PERIOD_ZONE) : undefined,
    to: period.to ? zonedDateTime(`${addDays(period.to, 1)}T00:00`, PERIOD_ZONE) : undefined,
  };
}
