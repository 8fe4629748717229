import { DateTime } from 'luxon';
import { z } from 'zod';
import { readScope } from '../access/access.ts';
import type { Gazetteer } from '../shared/gazetteer.ts';
import type { Caller } from '../shared/caller.ts';
import { invalidInput } from '../shared/errors.ts';
import {
  GROUP_BYS,
  groupTotals,
  TREND_ZONE,
  yearToDate,
  ytdPeriods,
  type GroupBy,
  type YearToDate,
} from '../../analysis/seizures/seizure-trends.ts';
import type { SeizureFactRow, SeizureStatsRepository } from '../../store/seizure-stats.repository.ts';
import { DRUGS } from './seizure.schema.ts';

export interface SeizureStatsDeps {
  seizureStats: SeizureStatsRepository;
  gazetteer: Gazetteer;
}

const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD (Paris)')
  .refine((value) => DateTime.fromISO(value).isValid, 'not a calendar date');
/** "cocaine,cannabis" to a list of known drugs; an unknown one is refused by name. */
export function parseDrugs(value: string | undefined): string[] | undefined {
  const drugs =
    value
      ?.split(',')
      .map((d) => d.trim())
      .filter(Boolean) ?? [];
  const unknown = drugs.find((d) => !(DRUGS as readonly string[]).includes(d));
  if (unknown)
    throw invalidInput([{ path: 'drug', message: `unknown drug "${unknown}"; expected one of ${DRUGS.join(', ')}` }]);
  return drugs.length ? drugs : undefined;
}

const countries = (value: string | undefined) =>
  value
    ?.split(',')
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean) || undefined;

/** The filters of every seizure-trend request: Paris dates, both included. */
export const seizureStatsQuerySchema = z.object({
  group_by: z.enum(GROUP_BYS).default('month'),
  from: localDate.optional(),
  to: localDate.optional(),
  drug: z
    .string()
    .optional()
    .describe(`${DRUGS.join(', ')}; comma-separated`),
  country: z.string().optional().describe('ISO country codes, comma-separated (FR, EC ...)'),
  format: z.enum(['json', 'csv']).default('json'),
});
export type SeizureStatsQuery = z.infer<typeof seizureStatsQuerySchema>;

export const seizureYtdQuerySchema = z.object({
  date: localDate.optional().describe('the last day counted (default: today in Paris)'),
  drug: z.enum(DRUGS).optional(),
});

export const seizureFactsQuerySchema = seizureStatsQuerySchema.omit({ group_by: true }).extend({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** [from, to) in UTC from Paris dates, `to` included; refused when the end comes first. */
export function parisRange(from?: string, to?: string): { from?: Date; to?: Date } {
  const start = from ? DateTime.fromISO(from, { zone: TREND_ZONE }).startOf('day').toJSDate() : undefined;
  const end = to ? DateTime.fromISO(to, { zone: TREND_ZONE }).plus({ days: 1 }).startOf('day').toJSDate() : undefined;
  if (start && end && end <= start) throw invalidInput([{ path: 'to', message: 'must not come before from' }]);
  return { from: start, to: end };
}

function labelOf(deps: SeizureStatsDeps, groupBy: GroupBy, key: string): string {
  if (key === 'none') return '—';
  if (groupBy === 'directorate') return deps.gazetteer.directorates.find((d) => d.code === key)?.name ?? key;
  return key;
}

/** Readable seizures matching the filters: what the table, the map and the CSV show. */
export function seizureFacts(
  deps: SeizureStatsDeps,
  caller: Caller,
  query: Pick<SeizureStatsQuery, 'from' | 'to' | 'drug' | 'country'>,
): Promise<SeizureFactRow[]> {
  return deps.seizureStats.facts(readScope(caller.principal), {
    ...parisRange(query.from, query.to),
    drug: parseDrugs(query.drug),
    country: countries(query.country),
  });
}

/** Totals by one dimension, over the seizures the caller may read. */
export async function seizureTotals(deps: SeizureStatsDeps, caller: Caller, query: SeizureStatsQuery) {
  const facts = await seizureFacts(deps, caller, query);
  const groups = groupTotals(facts, query.group_by).map((row) => ({
    ...row,
    label: labelOf(deps, query.group_by, row.key),
  }));
  const kilograms = Math.round(facts.reduce((sum, f) => sum + f.quantity_kg, 0) * 1000) / 1000;
  return {
    group_by: query.group_by,
    from: query.from ?? null,
    to: query.to ?? null,
    total: { kilograms, count: facts.length },
    groups,
  };
}

/** Year-to-date on a date against the same period of the year before, over what the caller may read. */
export async function seizureYearToDate(
  deps: SeizureStatsDeps,
  caller: Caller,
  date: string,
  drug?: string,
): Promise<YearToDate> {
  const periods = ytdPeriods(date);
  const facts = await deps.seizureStats.facts(readScope(caller.principal), {
    from: periods.previous_year.from,
    to: periods.current.to,
    drug: drug ? [drug] : undefined,
  });
  return yearToDate(facts, date, drug);
}
