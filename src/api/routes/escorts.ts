import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import {
  escortInputSchema,
  escortListQuerySchema,
  escortPatchSchema,
  pageQuerySchema,
} from '../../core/escort/escort.schema.ts';
import {
  assessEscort,
  createEscort,
  escortAssessments,
  getEscort,
  listEscorts,
  updateEscort,
} from '../../core/escort/escort.service.ts';
import {
  escortAssessmentSchema,
  escortSchema,
  presentAssessment,
  presentEscort,
} from '../presenters/escort.presenter.ts';
import { orNull } from '../presenters/schema-parts.ts';
import { body, idParam, jsonOf, pageOf, refusals } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';

/** /api/escorts: escorts and transfers, their risk assessments and history. */
export function escortRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  const deps = context.escorts;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['escorts'],
      summary: 'Escorts the caller may read, soonest first',
      request: { query: escortListQuerySchema },
      responses: { 200: jsonOf(pageOf(escortSchema), 'A page of escorts'), ...refusals },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const page = await listEscorts(
        deps,
        c.get('caller'),
        {
          state: query.state,
          from: query.from ? new Date(query.from) : undefined,
          to: query.to ? new Date(query.to) : undefined,
        },
        query.limit,
        query.offset,
      );
      return c.json(
        { items: page.items.map(presentEscort), total: page.total, limit: query.limit, offset: query.offset },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: ['escorts'],
      summary: 'Plan an escort (analysts and above); its risk is assessed at once',
      request: body(escortInputSchema),
      responses: { 201: jsonOf(escortSchema, 'The escort'), ...refusals },
    }),
    async (c) => c.json(presentEscort(await createEscort(deps, c.get('caller'), c.req.valid('json'))), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags: ['escorts'],
      summary: 'An escort with its latest assessment',
      request: { params: idParam },
      responses: {
        200: jsonOf(escortSchema.extend({ assessment: orNull(escortAssessmentSchema) }), 'The escort'),
        ...refusals,
      },
    }),
    async (c) => {
      const escort = await getEscort(deps, c.get('caller'), c.req.valid('param').id);
      return c.json(
        { ...presentEscort(escort), assessment: escort.latest ? presentAssessment(escort.latest) : null },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags: ['escorts'],
      summary: 'Change an escort at the version read (analysts and above)',
      request: { params: idParam, ...body(escortPatchSchema) },
      responses: { 200: jsonOf(escortSchema, 'The escort'), ...refusals },
    }),
    async (c) =>
      c.json(
        presentEscort(await updateEscort(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/assess',
      tags: ['escorts'],
      summary: 'Assess the risk of an escort now (analysts and above)',
      request: { params: idParam },
      responses: { 200: jsonOf(escortAssessmentSchema, 'The assessment'), ...refusals },
    }),
    async (c) => c.json(presentAssessment(await assessEscort(deps, c.get('caller'), c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/assessments',
      tags: ['escorts'],
      summary: 'The assessment history of an escort, newest first',
      request: { params: idParam, query: pageQuerySchema },
      responses: {
        200: jsonOf(
          z.object({ items: z.array(escortAssessmentSchema), limit: z.number().int(), offset: z.number().int() }),
          'Assessments',
        ),
        ...refusals,
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const rows = await escortAssessments(deps, c.get('caller'), c.req.valid('param').id, query.limit, query.offset);
      return c.json({ items: rows.map(presentAssessment), limit: query.limit, offset: query.offset }, 200);
    },
  );
  return app;
}
