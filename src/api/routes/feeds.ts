import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import { feedInputSchema, feedPatchSchema } from '../../core/feeds/feed.schema.ts';
import { addFeed, listFeeds, pollFeedNow, removeFeed, updateFeed } from '../../core/feeds/feed.service.ts';
import { feedSchema, presentFeed } from '../presenters/review.presenter.ts';
import { errorResponses, errorSchema } from '../schemas.ts';
import { body, idParam, jsonOf } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';

const refusals = {
  ...errorResponses,
  403: { description: 'Not allowed', content: { 'application/json': { schema: errorSchema } } },
  409: { description: 'Already configured', content: { 'application/json': { schema: errorSchema } } },
};

/** /api/feeds: the RSS/Atom feeds polled for articles, with their status. */
export function feedRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  const deps = context.feeds;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['feeds'],
      summary: 'Configured feeds with their last poll',
      responses: { 200: jsonOf(z.object({ items: z.array(feedSchema) }), 'Feeds'), ...refusals },
    }),
    async (c) => c.json({ items: (await listFeeds(deps, c.get('caller'))).map(presentFeed) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: ['feeds'],
      summary: 'Add a feed; only supervisors and administrators make one trusted',
      request: body(feedInputSchema),
      responses: { 201: jsonOf(feedSchema, 'The feed'), ...refusals },
    }),
    async (c) => c.json(presentFeed(await addFeed(deps, c.get('caller'), c.req.valid('json'))), 201),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags: ['feeds'],
      summary: 'Change a feed: enable, disable, grades, interval, trust',
      request: { params: idParam, ...body(feedPatchSchema) },
      responses: { 200: jsonOf(feedSchema, 'The feed'), ...refusals },
    }),
    async (c) =>
      c.json(presentFeed(await updateFeed(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('json'))), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      tags: ['feeds'],
      summary: 'Remove a feed; its articles stay',
      request: { params: idParam },
      responses: { 204: { description: 'Removed' }, ...refusals },
    }),
    async (c) => {
      await removeFeed(deps, c.get('caller'), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/poll',
      tags: ['feeds'],
      summary: 'Poll a feed now',
      request: { params: idParam },
      responses: {
        200: jsonOf(
          z.object({
            feed: feedSchema,
            seen: z.number().int(),
            new: z.number().int(),
            auto_accepted: z.number().int(),
            error: z.string().nullable(),
          }),
          'What the poll found',
        ),
        ...refusals,
      },
    }),
    async (c) => {
      const report = await pollFeedNow(deps, c.get('caller'), c.req.valid('param').id);
      return c.json(
        {
          feed: presentFeed(report.feed),
          seen: report.seen,
          new: report.fresh,
          auto_accepted: report.autoAccepted,
          error: report.error,
        },
        200,
      );
    },
  );
  return app;
}
