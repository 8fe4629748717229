import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import { mapView, POINT_LIMIT, POINT_ZOOM } from '../../core/incident/incident-map.service.ts';
import { incidentFeature } from '../../export/incident-feature.ts';
import { toIncidentFilter } from '../query.ts';
import { errorResponses, errorSchema, incidentQuerySchema } from '../schemas.ts';
import type { ApiEnv } from '../api-env.ts';
import { incidentFeatureSchema } from '../presenters/incident.presenter.ts';
import { jsonOf } from './route-parts.ts';

const clusterSchema = z.object({
  lon: z.number(),
  lat: z.number(),
  count: z.number().int(),
  by_class: z
    .record(z.string(), z.number().int())
    .openapi({ description: 'incidents of the cell by class (their first event type)' }),
});
const clustersSchema = z.object({
  kind: z.literal('clusters'),
  zoom: z.number().int(),
  cell_degrees: z.number().openapi({ description: 'the grid cell, in degrees' }),
  clusters: z.array(clusterSchema),
  total: z.number().int().openapi({ description: 'every readable incident matching the filter' }),
});
const pointsSchema = z.object({
  kind: z.literal('points'),
  zoom: z.number().int(),
  features: z.array(incidentFeatureSchema).openapi({ description: 'GeoJSON point features' }),
  sampled: z.boolean().openapi({
    description: `true when more than ${POINT_LIMIT} match and only the newest are sent (zoom in or narrow the filter)`,
  }),
});
const mapViewSchema = z.discriminatedUnion('kind', [clustersSchema, pointsSchema]).openapi('IncidentMapView');

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
        200: jsonOf(mapViewSchema, 'Clusters or points'),
        ...errorResponses,
        401: jsonOf(errorSchema, 'Not signed in'),
        403: jsonOf(errorSchema, 'Not allowed'),
      },
    }),
    async (c) => {
      const { zoom, ...query } = c.req.valid('query');
      const view = await mapView(
        {
          incidents: context.incidents.incidents,
          readCache: context.incidents.readCache,
          audit: context.incidents.audit,
          readAudit: context.incidents.readAudit,
          map: context.incidentMap,
        },
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
