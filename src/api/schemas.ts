import { z } from '@hono/zod-openapi';
import { EVENT_TYPES, INCIDENT_STATUSES, TARGET_KINDS } from '../core/shared/taxonomy.ts';

/** Response and query shapes of the API, for validation and the OpenAPI document. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_input' }),
      message: z.string(),
      details: z.array(
        z.object({
          path: z.string(),
          message: z.string(),
          row: z.number().int().optional(),
          code: z.string().optional(),
          params: z.record(z.string(), z.unknown()).optional(),
        }),
      ),
    }),
  })
  .openapi('Error');

export const errorResponses = {
  400: {
    description: 'Invalid input: details name each field (and row, for imports)',
    content: { 'application/json': { schema: errorSchema } },
  },
  404: { description: 'Not found', content: { 'application/json': { schema: errorSchema } } },
} as const;

export const importResultSchema = z
  .object({
    total: z.number().int(),
    inserted: z.number().int(),
    skipped: z.number().int().openapi({ description: 'rows whose external_id was already stored' }),
    ids: z.array(z.string()),
  })
  .openapi('ImportResult');

const list = (description: string) =>
  z
    .string()
    .optional()
    .openapi({ description: `${description}; several values separated by commas` });
const dateBound = (description: string) => z.string().optional().openapi({ description, example: '2025-04-13' });

export const incidentQuerySchema = z.object({
  from: dateBound('incidents whose interval ends after this date or date-time'),
  to: dateBound('incidents whose interval starts before this date or date-time'),
  facility: list('facility ids'),
  department: list('department codes'),
  directorate: list('directorate codes (DISP)'),
  event_type: list(`event types: ${EVENT_TYPES.join(', ')}`),
  target_kind: list(`target kinds: ${TARGET_KINDS.join(', ')}`),
  signature: list('signatures, matched on their normalised form ("D.D.P.F" finds "ddpf")'),
  status: list(`statuses: ${INCIDENT_STATUSES.join(', ')}`),
  ids: list('incident ids (at most 500): a selection, e.g. to export it'),
  bbox: z.string().optional().openapi({ description: 'minLon,minLat,maxLon,maxLat', example: '4.5,43,7.5,44.5' }),
});

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().optional().openapi({ description: 'next_cursor of the previous page' }),
});

// Response schemas live beside their presenters; these names are kept for the routes that import them here.
export { facilitySchema } from './presenters/facility.presenter.ts';
export { incidentChangeSchema, incidentSchema } from './presenters/incident.presenter.ts';
export { seizureSchema } from './presenters/seizure.presenter.ts';
