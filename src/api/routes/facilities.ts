import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import { searchFacilities } from '../../core/facility/facility-search.ts';
import { notFound } from '../../core/shared/errors.ts';
import { presentFacility } from '../presenters/facility.presenter.ts';
import { facilitySchema } from '../presenters/facility.presenter.ts';
import { errorResponses } from '../schemas.ts';
import { jsonOf } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';

/** /api/facilities: the 202 penitentiary sites, searchable by name or alias. */
export function facilityRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  const present = (facility: Parameters<typeof presentFacility>[1]) => presentFacility(context.gazetteer, facility);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['facilities'],
      summary: 'List or search facilities',
      request: {
        query: z.object({
          q: z.string().optional().openapi({
            description: 'name or alias, accents and case ignored; words may be prefixes',
            example: 'toulon',
          }),
          department: z.string().optional(),
          directorate: z.string().optional(),
          kind: z.string().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(500),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
      responses: {
        200: jsonOf(
          z.object({ items: z.array(facilitySchema), total: z.number().int() }),
          'Facilities, best matches first when searching',
        ),
        ...errorResponses,
      },
    }),
    (c) => {
      const { limit, offset, ...criteria } = c.req.valid('query');
      const found = searchFacilities(context.gazetteer.facilities, criteria);
      return c.json({ items: found.slice(offset, offset + limit).map(present), total: found.length }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags: ['facilities'],
      summary: 'Read a facility',
      request: {
        params: z.object({
          id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'fr-toulon-la-farlede-cp' }),
        }),
      },
      responses: {
        200: jsonOf(facilitySchema, 'The facility'),
        ...errorResponses,
      },
    }),
    (c) => {
      const facility = context.gazetteer.facility(c.req.valid('param').id);
      if (!facility) throw notFound('facility', c.req.valid('param').id);
      return c.json(present(facility), 200);
    },
  );
  return app;
}
