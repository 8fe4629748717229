import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import type { VigieContext } from '../../context.ts';
import { GROUP_BYS, TREND_ZONE } from '../../analysis/seizures/seizure-trends.ts';
import {
  seizureFacts,
  seizureFactsQuerySchema,
  seizureStatsQuerySchema,
  seizureTotals,
  seizureYearToDate,
  seizureYtdQuerySchema,
} from '../../core/seizure/seizure-stats.service.ts';
import type { SeizureFactRow } from '../../store/seizure-stats.repository.ts';
import { jsonOf, refusals } from './route-parts.ts';
import { neutraliseFormula } from '../../intake/csv-row.ts';
import type { ApiEnv } from '../api-env.ts';

const seizureTotalsSchema = z
  .object({
    group_by: z.enum(GROUP_BYS),
    from: z.string().nullable(),
    to: z.string().nullable(),
    total: z.object({ kilograms: z.number(), count: z.number().int() }),
    groups: z.array(z.object({ key: z.string(), label: z.string(), kilograms: z.number(), count: z.number().int() })),
  })
  .openapi('SeizureTotals');

const periodTotal = z.object({
  from: z.string().datetime(),
  to: z.string().datetime(),
  first_day: z.string(),
  last_day: z.string(),
  kilograms: z.number(),
  count: z.number().int(),
});
const yearToDateSchema = z
  .object({
    date: z.string(),
    drug: z.string().nullable(),
    current: periodTotal,
    previous: periodTotal,
    previous_year: periodTotal,
    months: z.number().int().nullable(),
    ratio: z.number().nullable(),
    ratio_to_previous_year: z.number().nullable(),
    sentence: z.object({ fr: z.string(), en: z.string() }),
  })
  .openapi('SeizureYearToDate');

const seizureFactSchema = z
  .object({
    id: z.string(),
    date: z.string().nullable(),
    drug: z.string(),
    kilograms: z.number(),
    quantity: z.object({ value: z.number(), unit: z.string() }),
    country: z.string(),
    directorate: z.string().nullable(),
    department: z.string().nullable(),
    commune: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    agency: z.string().nullable(),
    route: z.string().nullable(),
    vessel: z.string().nullable(),
    value: z.object({ amount: z.number(), currency: z.string().nullable() }).nullable(),
    organisation: z.object({ id: z.string(), name: z.string().nullable(), kind: z.string().nullable() }).nullable(),
  })
  .openapi('SeizureFact');

/** A seizure row as the trends page, its map and its CSV show it. */
function presentFact(row: SeizureFactRow): z.infer<typeof seizureFactSchema> {
  return {
    id: row.id,
    date: DateTime.fromJSDate(row.occurred_start, { zone: TREND_ZONE }).toISODate(),
    drug: row.drug,
    kilograms: row.quantity_kg,
    quantity: { value: row.quantity_value, unit: row.quantity_unit },
    country: row.country,
    directorate: row.directorate_code,
    department: row.department_code,
    commune: row.commune,
    lat: row.lat,
    lon: row.lon,
    agency: row.agency,
    route: row.route,
    vessel: row.vessel,
    value: row.value_amount === null ? null : { amount: row.value_amount, currency: row.value_currency },
    organisation: row.organisation_id
      ? { id: row.organisation_id, name: row.organisation_name, kind: row.organisation_kind }
      : null,
  };
}

function csv(name: string, rows: Array<Record<string, unknown>>, columns: string[]): Response {
  // Cells a spreadsheet would run as a formula are neutralised (OWASP CSV injection).
  return new Response(stringify(rows, { header: true, columns, cast: { string: neutraliseFormula } }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"` },
  });
}
const jsonOrCsv = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { ...jsonOf(schema, description).content, 'text/csv': { schema: z.string() } },
});

/**
 * /api/seizures/stats, /ytd and /facts: seizure trends over what the caller may read. Mounted
 * before /api/seizures/{id}, which would otherwise take "stats" for an id.
 */
export function seizureStatsRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  const deps = { seizureStats: context.seizureStats, gazetteer: context.gazetteer };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/stats',
      tags: ['seizures'],
      summary: 'Seizure totals by drug, Paris month, directorate, agency or route (format=csv for a file)',
      request: { query: seizureStatsQuerySchema },
      responses: { 200: jsonOrCsv(seizureTotalsSchema, 'Totals per group, in kilograms'), ...refusals },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const totals = await seizureTotals(deps, c.get('caller'), query);
      if (query.format === 'csv')
        return csv(`seizures-by-${query.group_by}.csv`, totals.groups, ['key', 'label', 'kilograms', 'count']);
      return c.json(totals, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/ytd',
      tags: ['seizures'],
      summary: 'Year-to-date on a date against the same period of the previous year (Europe/Paris), with its sentence',
      request: { query: seizureYtdQuerySchema },
      responses: {
        200: jsonOf(yearToDateSchema, 'The two periods, their totals, the ratio and the sentence'),
        ...refusals,
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const date = query.date ?? DateTime.now().setZone(TREND_ZONE).toISODate()!;
      return c.json(await seizureYearToDate(deps, c.get('caller'), date, query.drug), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/facts',
      tags: ['seizures'],
      summary:
        'The seizures behind the totals, oldest first, with vessel and linked organisation (format=csv: all of them)',
      request: { query: seizureFactsQuerySchema },
      responses: {
        200: jsonOrCsv(
          z.object({
            items: z.array(seizureFactSchema),
            total: z.number().int(),
            next_offset: z.number().int().nullable(),
          }),
          'A page of seizures',
        ),
        ...refusals,
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const rows = (await seizureFacts(deps, c.get('caller'), query)).map(presentFact);
      if (query.format === 'csv') {
        return csv(
          'seizures.csv',
          rows.map((r) => ({
            ...r,
            quantity: `${r.quantity.value} ${r.quantity.unit}`,
            value: r.value ? `${r.value.amount} ${r.value.currency}` : '',
            organisation: r.organisation?.name ?? '',
          })),
          [
            'id',
            'date',
            'drug',
            'kilograms',
            'quantity',
            'country',
            'directorate',
            'department',
            'commune',
            'lat',
            'lon',
            'agency',
            'route',
            'vessel',
            'value',
            'organisation',
          ],
        );
      }
      const items = rows.slice(query.offset, query.offset + query.limit);
      return c.json(
        {
          items,
          total: rows.length,
          next_offset: query.offset + items.length < rows.length ? query.offset + items.length : null,
        },
        200,
      );
    },
  );
  return app;
}
