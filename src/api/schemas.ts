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

const codeName = z.object({ code: z.string(), name: z.string() }).nullable();

export const facilitySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    aliases: z.array(z.string()),
    commune: z.string().nullable(),
    department: codeName,
    directorate: codeName,
    lat: z.number(),
    lon: z.number(),
    coord_precision: z.string(),
    timezone: z.string(),
  })
  .openapi('Facility');

const occurredView = z.object({ start: z.string(), end: z.string(), precision: z.string(), timezone: z.string() });
const sourceView = z.object({
  kind: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  published_at: z.string().optional(),
  reliability: z.string(),
  credibility: z.number(),
});

export const incidentSchema = z
  .object({
    id: z.string().uuid(),
    external_id: z.string().nullable(),
    version: z.number().int(),
    occurred: occurredView,
    reported_at: z.string().nullable(),
    facility: z.object({ id: z.string(), name: z.string(), kind: z.string() }).nullable(),
    place: z.object({
      lat: z.number(),
      lon: z.number(),
      precision: z.string(),
      commune: z.string().nullable(),
      department: codeName,
      directorate: codeName,
      country: z.string(),
    }),
    event_types: z.array(z.string()),
    target_kinds: z.array(z.string()),
    weapons: z.array(z.string()),
    signatures: z.array(z.object({ kind: z.string(), text: z.string(), normalized: z.string() })),
    casualties: z.object({ killed: z.number().int(), injured: z.number().int() }),
    damage: z.string().nullable(),
    description: z.string().nullable(),
    status: z.string(),
    sources: z.array(sourceView),
    marking: z.string(),
    compartments: z.array(z.string()),
    owner_org_id: z.string(),
    spot: z.string().nullable().openapi({ description: 'where on or near the site (gate, staff_car_park...)' }),
    duplicate_of: z.string().nullable().openapi({ description: 'the incident this duplicate was merged into' }),
    staff: z
      .union([
        z.object({
          name: z.string().optional(),
          role: z.string().optional(),
          home_address: z.string().optional(),
          phone: z.string().optional(),
          notes: z.string().optional(),
        }),
        z.object({ protected: z.literal(true) }),
      ])
      .nullable()
      .openapi({ description: 'STAFF compartment: the details for holders, { protected: true } for the others' }),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi('Incident');

export const seizureSchema = z
  .object({
    id: z.string().uuid(),
    external_id: z.string().nullable(),
    version: z.number().int(),
    occurred: occurredView,
    place: z
      .object({
        lat: z.number().nullable(),
        lon: z.number().nullable(),
        precision: z.string().nullable(),
        commune: z.string().nullable(),
        department: codeName,
        country: z.string(),
      })
      .nullable(),
    country: z.string(),
    agency: z.string().nullable(),
    drug: z.string(),
    quantity: z.object({ kg: z.number(), value: z.number(), unit: z.string() }),
    value: z.object({ amount: z.number(), currency: z.string().nullable() }).nullable(),
    vessel: z.string().nullable(),
    route: z.string().nullable(),
    organisation: z.object({ id: z.string(), name: z.string(), kind: z.string().nullable() }).nullable(),
    description: z.string().nullable(),
    sources: z.array(sourceView),
    marking: z.string(),
    compartments: z.array(z.string()),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi('Seizure');

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

/** One change of an incident, as its history shows it. */
export const incidentChangeSchema = z
  .object({
    version: z.number().int(),
    actor: z.string(),
    changed_at: z.string(),
    reason: z.string().nullable(),
    changes: z.array(z.object({ field: z.string(), before: z.any(), after: z.any() })).openapi({
      description: 'fields before and after; facility values are { id, name }; STAFF details are named, never shown',
    }),
  })
  .openapi('IncidentChange');
