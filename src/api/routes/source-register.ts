import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import { outletInputSchema, outletPatchSchema } from '../../core/source-register/source-register.schema.ts';
import {
  addOutlet,
  findOutlet,
  listOutlets,
  removeOutlet,
  updateOutlet,
} from '../../core/source-register/source-register.service.ts';
import type { SourceRegisterRow } from '../../store/schema.ts';
import { errorResponses, errorSchema } from '../schemas.ts';
import { body, idParam, jsonOf } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';

const refusals = {
  ...errorResponses,
  403: { description: 'Not allowed', content: { 'application/json': { schema: errorSchema } } },
  409: {
    description: 'Already in the register, or a stale version',
    content: { 'application/json': { schema: errorSchema } },
  },
};

export const outletSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    aliases: z.array(z.string()),
    kind: z.string(),
    category: z.string(),
    reliability: z.string(),
    credibility: z.number().int(),
    grade: z.string().openapi({ description: 'reliability and credibility together, e.g. B2' }),
    notes: z.string().nullable(),
    version: z.number().int(),
    updated_at: z.string(),
  })
  .openapi('Outlet');
export type Outlet = z.infer<typeof outletSchema>;

/** The public shape of an outlet of the register. */
export function presentOutlet(row: SourceRegisterRow): Outlet {
  return {
    id: row.id,
    name: row.name,
    aliases: row.aliases,
    kind: row.kind,
    category: row.category,
    reliability: row.reliability,
    credibility: row.credibility,
    grade: `${row.reliability}${row.credibility}`,
    notes: row.notes,
    version: row.version,
    updated_at: row.updated_at.toISOString(),
  };
}

/** /api/source-register: outlets and the grade their reports get when they come without one. */
export function sourceRegisterRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  const deps = context.sources;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['source-register'],
      summary: "The source register: each outlet's default grade and kind",
      responses: { 200: jsonOf(z.object({ items: z.array(outletSchema) }), 'Outlets'), ...errorResponses },
    }),
    async (c) => c.json({ items: (await listOutlets(deps)).map(presentOutlet) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: ['source-register'],
      summary: 'Add an outlet (supervisors and administrators)',
      request: body(outletInputSchema),
      responses: { 201: jsonOf(outletSchema, 'The outlet'), ...refusals },
    }),
    async (c) => c.json(presentOutlet(await addOutlet(deps, c.get('caller'), c.req.valid('json'))), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags: ['source-register'],
      summary: 'One outlet',
      request: { params: idParam },
      responses: { 200: jsonOf(outletSchema, 'The outlet'), ...errorResponses },
    }),
    async (c) => c.json(presentOutlet(await findOutlet(deps, c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags: ['source-register'],
      summary: "Change an outlet's grade, kind or names; applies to sources graded from now on",
      request: { params: idParam, ...body(outletPatchSchema) },
      responses: { 200: jsonOf(outletSchema, 'The outlet'), ...refusals },
    }),
    async (c) =>
      c.json(
        presentOutlet(await updateOutlet(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      tags: ['source-register'],
      summary: 'Remove an outlet: its reports are F (cannot be judged) until graded',
      request: { params: idParam },
      responses: { 204: { description: 'Removed' }, ...refusals },
    }),
    async (c) => {
      await removeOutlet(deps, c.get('caller'), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  return app;
}
