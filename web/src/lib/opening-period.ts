import { api } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';
import { addDays, dateLabel, localDate, today } from './dates.ts';

/** A period of calendar days, both bounds `YYYY-MM-DD` and optional (none: all time). */
export interface Period {
  from?: string;
  to?: string;
}

/** How many days the map, the lists and their counters show when the address names no period. */
export const OPENING_DAYS = 7;

/** The period ending today and lasting `days`. */
export const lastDays = (days: number): Period => ({ from: addDays(today(), -days), to: today() });

const samePeriod = (a: Period, b: Period) => (a.from ?? '') === (b.from ?? '') && (b.to ?? '') === (a.to ?? '');

/**
 * The period an address asks for: `from`/`to` as written, `all=1` for all time, and nothing for the
 * last 7 days up to now (so a shared link without dates always opens on the present).
 */
export function periodFromAddress(query: URLSearchParams): Period {
  const from = query.get('from') ?? undefined;
  const to = query.get('to') ?? undefined;
  if (from || to) return { from, to };
  if (query.get('all') === '1') return {};
  return lastDays(OPENING_DAYS);
}

/** The address parameters of a period: none for the opening period, `all=1` for all time. */
export function periodToAddress(period: Period): { from?: string; to?: string; all?: string } {
  if (samePeriod(period, lastDays(OPENING_DAYS))) return {};
  if (!period.from && !period.to) return { all: '1' };
  return { from: period.from, to: period.to };
}

const PRESET_NAMES = [
  [7, 'period.name.7d'],
  [30, 'period.name.30d'],
  [365, 'period.name.1y'],
] as const;

/** The period in words: "7 derniers jours, jusqu'à maintenant", "du 8 avr. 2025 au 15 avr. 2025", "Toute la période". */
export function periodName(period: Period): string {
  for (const [days, key] of PRESET_NAMES) if (samePeriod(period, lastDays(days))) return t(key);
  if (period.from && period.to)
    return t('period.name.range', { from: dateLabel(period.from), to: dateLabel(period.to) });
  if (period.from) return t('period.name.since', { from: dateLabel(period.from) });
  if (period.to) return t('period.name.until', { to: dateLabel(period.to) });
  return t('period.name.all');
}

/**
 * The local day of the newest incident the reader may see (none in an empty store), for "jump to the
 * latest activity": the last instant of its interval, in its own zone.
 */
export async function latestActivityDay(): Promise<string | undefined> {
  const page = await api.incidents({ limit: 1 });
  const newest = page.items[0];
  if (!newest) return undefined;
  return localDate(new Date(new Date(newest.occurred.end).getTime() - 1), newest.occurred.timezone);
}

/** The opening period's length, ending on a given day (where "jump to the latest activity" goes). */
export const periodEndingOn = (day: string): Period => ({ from: addDays(day, -OPENING_DAYS), to: day });
