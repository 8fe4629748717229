import { asMarking } from '../../core/shared/principal.ts';
import { markingSchema } from './schema-parts.ts';
import { z } from '@hono/zod-openapi';
import type { Gazetteer } from '../../core/shared/gazetteer.ts';
import type { ActorRow, SeizureRow } from '../../store/schema.ts';
import { codeAndName, codeNameSchema } from './facility.presenter.ts';
import { occurredSchema, sourceSchema } from './incident.presenter.ts';

export const seizureSchema = z
  .object({
    id: z.string().uuid(),
    external_id: z.string().nullable(),
    version: z.number().int(),
    occurred: occurredSchema,
    place: z
      .object({
        lat: z.number().nullable(),
        lon: z.number().nullable(),
        precision: z.string().nullable(),
        commune: z.string().nullable(),
        department: codeNameSchema,
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
    sources: z.array(sourceSchema),
    marking: markingSchema,
    compartments: z.array(z.string()),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi('Seizure');
export type SeizureView = z.infer<typeof seizureSchema>;

/** The public shape of a seizure. */
export function presentSeizure(gazetteer: Gazetteer, row: SeizureRow, organisation?: ActorRow): SeizureView {
  return {
    id: row.id,
    external_id: row.external_id,
    version: row.version,
    occurred: {
      start: row.occurred_start.toISOString(),
      end: row.occurred_end.toISOString(),
      precision: row.occurred_precision,
      timezone: row.timezone,
    },
    place:
      row.lat === null
        ? null
        : {
            lat: row.lat,
            lon: row.lon,
            precision: row.place_precision,
            commune: row.commune,
            department: codeAndName(gazetteer, 'department', row.department_code),
            country: row.country,
          },
    country: row.country,
    agency: row.agency,
    drug: row.drug,
    quantity: { kg: row.quantity_kg, value: row.quantity_value, unit: row.quantity_unit },
    value: row.value_amount === null ? null : { amount: row.value_amount, currency: row.value_currency },
    vessel: row.vessel,
    route: row.route,
    organisation: organisation ? { id: organisation.id, name: organisation.name, kind: organisation.subkind } : null,
    description: row.description,
    sources: row.sources,
    marking: asMarking(row.marking),
    compartments: row.compartments,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
