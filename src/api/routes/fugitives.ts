import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import {
  fugitiveInputSchema,
  fugitiveListQuerySchema,
  recaptureInputSchema,
  sightingInputSchema,
} from '../../core/fugitive/fugitive.schema.ts';
import {
  addSighting,
  createFugitive,
  getFugitive,
  listFugitives,
  recaptureFugitive,
} from '../../core/fugitive/fugitive.service.ts';
import {
  fugitiveDetailSchema,
  fugitiveSchema,
  presentFugitive,
  presentFugitiveDetail,
  presentSighting,
  sightingSchema,
} from '../presenters/fugitive.presenter.ts';
import { body, idParam, jsonOf, pageOf, refusals } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';

/** /api/fugitives: the wanted list, sightings and recaptures. */
export function fugitiveRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  const deps = context.fugitives;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['fugitives'],
      summary: 'The wanted list: the wanted first, then the recaptured',
      request: { query: fugitiveListQuerySchema },
      responses: { 200: jsonOf(pageOf(fugitiveSchema), 'A page of records'), ...refusals },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const page = await listFugitives(deps, c.get('caller'), query.state, query.limit, query.offset);
      return c.json(
        { items: page.items.map(presentFugitive), total: page.total, limit: query.limit, offset: query.offset },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: ['fugitives'],
      summary: 'Put a person on the wanted list (analysts and above)',
      request: body(fugitiveInputSchema),
      responses: { 201: jsonOf(fugitiveSchema, 'The record'), ...refusals },
    }),
    async (c) => c.json(presentFugitive(await createFugitive(deps, c.get('caller'), c.req.valid('json'))), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags: ['fugitives'],
      summary: 'A record with its sightings, history and links',
      request: { params: idParam },
      responses: { 200: jsonOf(fugitiveDetailSchema, 'The record'), ...refusals },
    }),
    async (c) => c.json(presentFugitiveDetail(await getFugitive(deps, c.get('caller'), c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/sightings',
      tags: ['fugitives'],
      summary: 'Report a sighting with a graded source (analysts and above)',
      request: { params: idParam, ...body(sightingInputSchema) },
      responses: { 201: jsonOf(sightingSchema, 'The sighting'), ...refusals },
    }),
    async (c) =>
      c.json(
        presentSighting(await addSighting(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json'))),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/recapture',
      tags: ['fugitives'],
      summary: 'Close the record with the recapture (analysts and above)',
      request: { params: idParam, ...body(recaptureInputSchema) },
      responses: { 200: jsonOf(fugitiveSchema, 'The record'), ...refusals },
    }),
    async (c) =>
      c.json(
        presentFugitive(await recaptureFugitive(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  );
  return app;
}
