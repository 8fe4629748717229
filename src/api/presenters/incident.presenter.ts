import { asMarking } from '../../core/shared/principal.ts';
import { markingSchema } from './schema-parts.ts';
import { z } from '@hono/zod-openapi';
import type { Gazetteer } from '../../core/shared/gazetteer.ts';
import type { IncidentChangeRow } from '../../store/schema.ts';
import type { IncidentReading } from '../../core/incident/incident.service.ts';
import { codeAndName, codeNameSchema } from './facility.presenter.ts';

/** When: the interval, its precision and the time zone it was reported in. */
export const occurredSchema = z.object({
  start: z.string(),
  end: z.string(),
  precision: z.string(),
  timezone: z.string(),
});
/** A source as stored with a record. */
export const sourceSchema = z.object({
  kind: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  published_at: z.string().optional(),
  reliability: z.string(),
  credibility: z.number(),
  outlet: z.string().optional(),
  graded_by: z.enum(['source', 'register', 'analyst']).optional(),
  reported_credibility: z.number().optional(),
  corroborating_outlets: z.number().optional(),
  article_id: z.string().optional(),
  candidate_id: z.string().optional(),
});

export const incidentSchema = z
  .object({
    id: z.string().uuid(),
    external_id: z.string().nullable(),
    version: z.number().int(),
    occurred: occurredSchema,
    reported_at: z.string().nullable(),
    facility: z.object({ id: z.string(), name: z.string(), kind: z.string() }).nullable(),
    place: z.object({
      lat: z.number(),
      lon: z.number(),
      precision: z.string(),
      commune: z.string().nullable(),
      department: codeNameSchema,
      directorate: codeNameSchema,
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
    sources: z.array(sourceSchema),
    marking: markingSchema,
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
export type IncidentView = z.infer<typeof incidentSchema>;

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
export type IncidentChangeView = z.infer<typeof incidentChangeSchema>;

/** The public shape of an incident, built from its row; never the row itself. */
export function presentIncident(gazetteer: Gazetteer, { row, staff, staffProtected }: IncidentReading): IncidentView {
  const facility = row.facility_id ? gazetteer.facility(row.facility_id) : undefined;
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
    reported_at: row.reported_at?.toISOString() ?? null,
    facility: facility ? { id: facility.id, name: facility.name, kind: facility.kind } : null,
    place: {
      lat: row.lat,
      lon: row.lon,
      precision: row.place_precision,
      commune: row.commune,
      department: codeAndName(gazetteer, 'department', row.department_code),
      directorate: codeAndName(gazetteer, 'directorate', row.directorate_code),
      country: row.country,
    },
    event_types: row.event_types,
    target_kinds: row.target_kinds,
    weapons: row.weapons,
    signatures: row.signatures,
    casualties: { killed: row.killed, injured: row.injured },
    damage: row.damage,
    description: row.description,
    status: row.status,
    sources: row.sources,
    marking: asMarking(row.marking),
    compartments: row.compartments,
    owner_org_id: row.owner_org_id,
    spot: row.spot,
    duplicate_of: row.duplicate_of,
    // Holders of the STAFF compartment see the details; others see only that they exist.
    staff: staff ?? (staffProtected ? { protected: true as const } : null),
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/** One change of an incident's history; facility ids become { id, name } so the history reads as the page does. */
export function presentIncidentChange(gazetteer: Gazetteer, row: IncidentChangeRow): IncidentChangeView {
  const facility = (value: unknown) =>
    typeof value === 'string' ? { id: value, name: gazetteer.facility(value)?.name ?? value } : value;
  return {
    version: row.version,
    actor: row.actor,
    changed_at: row.changed_at.toISOString(),
    reason: row.reason,
    changes: row.changes.map((change) =>
      change.field === 'facility'
        ? { ...change, before: facility(change.before), after: facility(change.after) }
        : change,
    ),
  };
}

/** One incident on a map: a GeoJSON point with its main properties (`src/export/incident-feature.ts`). */
export const incidentFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    geometry: z.object({ type: z.literal('Point'), coordinates: z.array(z.number()) }),
    properties: z.object({
      id: z.string(),
      event_types: z.array(z.string()),
      target_kinds: z.array(z.string()),
      status: z.string(),
      occurred_start: z.string().datetime(),
      occurred_end: z.string().datetime(),
      occurred_precision: z.string(),
      facility_id: z.string().nullable(),
      facility_name: z.string().nullable(),
      commune: z.string().nullable(),
      signatures: z.array(z.string()),
      description: z.string().nullable().optional(),
      marking: markingSchema,
      compartments: z.array(z.string()),
    }),
  })
  .openapi('IncidentFeature');
