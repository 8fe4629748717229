import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import { mapView, POINT_LIMIT, POINT_ZOOM } from '../../core/incident/incident-map.service.ts';
import { incidentFeature } from '../../export/incident-feature.ts';
import { toIncidentFilter } from '../query.ts';
import { errorResponses, errorSchema, incidentQuerySchema } from '../schemas.ts';
import type { ApiEnv } from '../api-env.ts';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const clusterSchema = z.object({
  lon: z.number(),
  lat: z.number(),
  count: z.number().int(),
  by_class: z
    .record(z.string(), z.number().int())
    .openapi({ description: 'incidents of the cell by class (their first event type)' }),
});
const mapViewSchema = z
  .object({
    kind: z.enum(['clusters', 'points']),
    zoom: z.number().int(),
    cell_degrees: z.number().optional().openapi({ description: 'clusters: the grid cell, in degrees' }),
    clusters: z.array(clusterSchema).optional(),
    total: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'clusters: every readable incident matching the filter' }),
    features: z.array(z.any()).optional().openapi({ description: 'points: GeoJSON point features' }),
    sampled: z
      .boolean()
      .optional()
      .openapi({
        description: `points: true when more than ${POINT_LIMIT} match and only the newest are sent (zoom in or narrow the filter)`,
      }),
  })
  .openapi('IncidentMapView');

/** /api/incidents/map: the map by zoom and viewport, clusters with counts by class or points. */
export function incidentMapRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/map',
      tags: ['incidents'],
      summary: `The incident map at a zoom level: below ${POINT_ZOOM}, clusters with counts by class computed by the store; from ${POINT_ZOOM}, the points of the viewport (bbox)`,
      request: {
        query: incidentQuerySchema.extend({
          zoom: z.coerce
            .number()
            .int()
            .min(0)
            .max(22)
            .default(5)
            .openapi({ description: 'the map zoom level (5: France; 9: a city)' }),
        }),
      },
      responses: {
        200: json(mapViewSchema, 'Clusters or points'),
        ...errorResponses,
        401: json(errorSchema, 'Not signed in'),
        403: json(errorSchema, 'Not allowed'),
      },
    }),
    async (c) => {
      const { zoom, ...query } = c.req.valid('query');
      const view = await mapView(
        { incidents: context.incidents.incidents, readCache: context.incidents.readCache, map: context.incidentMap },
        c.get('caller'),
        toIncidentFilter(query),
        zoom,
      );
      if (view.kind === 'clusters') return c.json(view, 200);
      return c.json(
        {
          kind: view.kind,
          zoom: view.zoom,
          sampled: view.sampled,
          features: view.points.map((row) => incidentFeature(context.gazetteer, row)),
        },
        200,
      );
    },
  );
  return app;
}
