import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import {
  createSeizure,
  getSeizure,
  importSeizures,
  listSeizures,
  readableOrganisations,
} from '../../core/seizure/seizure.service.ts';
import { DRUGS, seizureInputSchema } from '../../core/seizure/seizure.schema.ts';
import { invalidInput } from '../../core/shared/errors.ts';
import type { Caller } from '../../core/shared/caller.ts';
import type { SeizureRow } from '../../store/schema.ts';
import { presentSeizure, seizureSchema } from '../presenters/seizure.presenter.ts';
import { errorResponses, errorSchema, importResultSchema } from '../schemas.ts';
import { importBodyRows, importRequestBody } from './import-body.ts';
import { jsonOf } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';

const dateBound = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}/, 'expected a date YYYY-MM-DD or a date-time')
  .optional();

/** /api/seizures: drug seizures, recorded one by one or imported. */
export function seizureRoutes(context: VigieContext) {
  const deps = context.seizures;
  const app = new OpenAPIHono<ApiEnv>();
  // The organisation a seizure names is shown only to those who may read its entity.
  const present = async (caller: Caller, rows: SeizureRow[]) => {
    const organisations = await readableOrganisations(deps, caller, rows);
    return rows.map((row) =>
      presentSeizure(context.gazetteer, row, row.organisation_id ? organisations.get(row.organisation_id) : undefined),
    );
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['seizures'],
      summary: 'List seizures, newest first',
      request: {
        query: z.object({
          from: dateBound,
          to: dateBound,
          drug: z
            .string()
            .optional()
            .openapi({ description: `${DRUGS.join(', ')}; comma-separated` }),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
      responses: {
        200: jsonOf(
          z.object({
            items: z.array(seizureSchema),
            total: z.number().int(),
            next_offset: z.number().int().nullable(),
          }),
          'A page of seizures',
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const drug = query.drug
        ?.split(',')
        .map((value) => value.trim())
        .filter(Boolean);
      const unknown = drug?.filter((value) => !(DRUGS as readonly string[]).includes(value)) ?? [];
      if (unknown.length)
        throw invalidInput([
          { path: 'drug', message: `unknown drug "${unknown[0]}"; expected one of ${DRUGS.join(', ')}` },
        ]);
      const page = await listSeizures(
        deps,
        c.get('caller'),
        {
          from: query.from ? new Date(query.from) : undefined,
          to: query.to ? new Date(query.to) : undefined,
          drug,
        },
        query.limit,
        query.offset,
      );
      return c.json(
        { items: await present(c.get('caller'), page.items), total: page.total, next_offset: page.next_offset },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/import',
      tags: ['seizures'],
      summary: 'Import a CSV, JSON or NDJSON file of seizures: all or nothing, idempotent by external_id',
      request: { query: z.object({ format: z.enum(['json', 'ndjson', 'csv']).optional() }), body: importRequestBody },
      responses: {
        200: jsonOf(importResultSchema, 'Every row was stored or already present'),
        400: jsonOf(errorSchema, 'Refused; nothing written'),
      },
    }),
    async (c) => c.json(await importSeizures(deps, c.get('caller'), importBodyRows(c, 'seizure')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: ['seizures'],
      summary: 'Record a seizure',
      request: { body: { required: true, content: { 'application/json': { schema: seizureInputSchema } } } },
      responses: {
        201: jsonOf(seizureSchema, 'The seizure as stored'),
        409: jsonOf(errorSchema, 'external_id already stored'),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(
        (await present(c.get('caller'), [await createSeizure(deps, c.get('caller'), c.req.valid('json'))]))[0],
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags: ['seizures'],
      summary: 'Read a seizure',
      request: {
        params: z.object({
          id: z
            .string()
            .uuid()
            .openapi({ param: { name: 'id', in: 'path' } }),
        }),
      },
      responses: { 200: jsonOf(seizureSchema, 'The seizure'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        (await present(c.get('caller'), [await getSeizure(deps, c.get('caller'), c.req.valid('param').id)]))[0],
        200,
      ),
  );
  return app;
}
