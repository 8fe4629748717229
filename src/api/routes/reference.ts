import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { VigieContext } from '../../context.ts';
import * as taxonomy from '../../core/shared/taxonomy.ts';
import { DRUGS } from '../../core/seizure/seizure.schema.ts';
import { REFERENCE_DIR } from '../../store/reference-data.ts';
import { errorResponses } from '../schemas.ts';
import { jsonOf } from './route-parts.ts';
import type { ApiEnv } from '../api-env.ts';

const vocabulary = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values));

/** Every closed list Vigie accepts, and the administrative geography. */
export const referenceSchema = z
  .object({
    event_types: vocabulary(taxonomy.EVENT_TYPES),
    target_kinds: vocabulary(taxonomy.TARGET_KINDS),
    site_spots: vocabulary(taxonomy.SITE_SPOTS),
    signature_kinds: vocabulary(taxonomy.SIGNATURE_KINDS),
    statuses: vocabulary(taxonomy.INCIDENT_STATUSES),
    time_precisions: vocabulary(taxonomy.TIME_PRECISIONS),
    place_precisions: vocabulary(taxonomy.PLACE_PRECISIONS),
    source_kinds: vocabulary(taxonomy.SOURCE_KINDS),
    reliability_grades: vocabulary(taxonomy.RELIABILITY_GRADES),
    drugs: vocabulary(DRUGS),
    directorates: z.array(z.object({ code: z.string(), name: z.string() })),
    departments: z.array(z.object({ code: z.string(), name: z.string(), directorate_code: z.string().nullable() })),
  })
  .openapi('Reference');

/** An outline file: a GeoJSON FeatureCollection whose properties are `code` and `nom`. */
const outlineSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.record(z.string(), z.unknown()),
      geometry: z.object({ type: z.string(), coordinates: z.array(z.unknown()) }),
    }),
  ),
});

const OUTLINES = { metropole: 'metropole', regions: 'regions', departements: 'departements' } as const;

/** /api/reference and /api/geo: vocabularies, directorates, departments and map outlines. */
export function referenceRoutes(context: VigieContext) {
  const app = new OpenAPIHono<ApiEnv>();
  const outlineCache = new Map<string, string>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/reference',
      tags: ['reference'],
      summary: 'Vocabularies and the administrative geography',
      responses: {
        200: jsonOf(referenceSchema, 'Every closed list Vigie accepts'),
      },
    }),
    (c) =>
      c.json(
        {
          event_types: [...taxonomy.EVENT_TYPES],
          target_kinds: [...taxonomy.TARGET_KINDS],
          site_spots: [...taxonomy.SITE_SPOTS],
          signature_kinds: [...taxonomy.SIGNATURE_KINDS],
          statuses: [...taxonomy.INCIDENT_STATUSES],
          time_precisions: [...taxonomy.TIME_PRECISIONS],
          place_precisions: [...taxonomy.PLACE_PRECISIONS],
          source_kinds: [...taxonomy.SOURCE_KINDS],
          reliability_grades: [...taxonomy.RELIABILITY_GRADES],
          drugs: [...DRUGS],
          directorates: context.gazetteer.directorates.map(({ code, name }) => ({ code, name })),
          departments: context.gazetteer.departments.map(({ code, name, directorate_code }) => ({
            code,
            name,
            directorate_code,
          })),
        },
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/geo/{name}',
      tags: ['reference'],
      summary: 'Simplified outlines of France for an offline basemap (GeoJSON)',
      request: {
        params: z.object({
          name: z.enum(['metropole', 'regions', 'departements']).openapi({ param: { name: 'name', in: 'path' } }),
        }),
      },
      responses: {
        200: {
          description: 'A FeatureCollection; properties code and nom',
          content: { 'application/geo+json': { schema: outlineSchema } },
        },
        ...errorResponses,
      },
    }),
    (c) => {
      const name = OUTLINES[c.req.valid('param').name];
      let text = outlineCache.get(name);
      if (!text) {
        text = readFileSync(join(REFERENCE_DIR, 'geo', `${name}-version-simplifiee.geojson`), 'utf8');
        outlineCache.set(name, text);
      }
      c.header('Content-Type', 'application/geo+json; charset=utf-8');
      c.header('Cache-Control', 'public, max-age=86400');
      // The file is sent as it is stored (already JSON); the document still says what it holds.
      return c.body(text, 200) as never;
    },
  );
  return app;
}
