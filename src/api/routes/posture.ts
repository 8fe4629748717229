import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import {
  postureDecisionSchema,
  postureHistoryQuerySchema,
  postureInputSchema,
} from '../../core/posture/posture.schema.ts';
import {
  currentPosture,
  decideProposal,
  postureHistory,
  scopeName,
  setPosture,
} from '../../core/posture/posture.service.ts';
import type { PostureRow } from '../../store/schema.ts';
import { postureSchema, presentPosture } from '../presenters/alert.presenter.ts';
import { body, idParam, itemsOf, jsonOf, refusals } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';

/** /api/posture: levels per site, directorate and nation, proposals and history. */
export function postureRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  const deps = context.alerts.posture;
  const present = (row: PostureRow) => presentPosture(row, scopeName(deps, row.scope, row.scope_id));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['posture'],
      summary: 'The current level of every scope that has one, and pending proposals',
      responses: {
        200: jsonOf(z.object({ active: z.array(postureSchema), proposed: z.array(postureSchema) }), 'Posture'),
        ...refusals,
      },
    }),
    async (c) => {
      const current = await currentPosture(deps);
      return c.json({ active: current.active.map(present), proposed: current.proposed.map(present) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/history',
      tags: ['posture'],
      summary: 'Every level set, proposed, superseded, expired or rejected',
      request: { query: postureHistoryQuerySchema },
      responses: { 200: jsonOf(itemsOf(postureSchema), 'History'), ...refusals },
    }),
    async (c) => {
      const query = c.req.valid('query');
      return c.json({ items: (await postureHistory(deps, query, query.limit, query.offset)).map(present) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: ['posture'],
      summary: 'Set a level with a reason and an expiry (supervisors and administrators)',
      request: body(postureInputSchema),
      responses: { 201: jsonOf(postureSchema, 'The level'), ...refusals },
    }),
    async (c) => c.json(present(await setPosture(deps, c.get('caller'), c.req.valid('json'))), 201),
  );

  for (const decision of ['accept', 'reject'] as const) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/{id}/${decision}`,
        tags: ['posture'],
        summary: `${decision === 'accept' ? 'Accept' : 'Reject'} a proposed level (supervisors and administrators)`,
        request: { params: idParam, ...body(postureDecisionSchema) },
        responses: { 200: jsonOf(postureSchema, 'The level'), ...refusals },
      }),
      async (c) =>
        c.json(
          present(
            await decideProposal(
              deps,
              c.get('caller'),
              c.req.valid('param').id,
              decision === 'accept',
              c.req.valid('json').reason,
            ),
          ),
          200,
        ),
    );
  }
  return app;
}
