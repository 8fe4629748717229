import { asMarking } from '../../core/shared/principal.ts';
import { z } from '@hono/zod-openapi';
import { FUGITIVE_STATES } from '../../core/fugitive/fugitive.schema.ts';
import type { FugitiveDetail, FugitiveReading } from '../../core/fugitive/fugitive.service.ts';
import { namedPersonSchema } from './escort.presenter.ts';
import { sourceSchema } from './incident.presenter.ts';
import { orNull, markingSchema } from './schema-parts.ts';
import type { FugitiveHistoryRow, FugitiveSightingRow } from '../../store/schema.ts';

const at = (value: Date) => value.toISOString();

const interval = z.object({ start: z.string().datetime(), end: z.string().datetime(), precision: z.string() });

export const fugitiveSchema = z
  .object({
    id: z.string(),
    state: z.enum(FUGITIVE_STATES),
    person: namedPersonSchema,
    escaped: interval,
    escape_facility_id: z.string().nullable(),
    escape_place: z.string().nullable(),
    escape_incident_id: z.string().nullable(),
    circumstances: z.string().nullable(),
    recapture: z
      .object({
        at: z.string().datetime(),
        place: z.string().nullable(),
        lat: z.number().nullable(),
        lon: z.number().nullable(),
        source: orNull(sourceSchema),
      })
      .nullable(),
    marking: markingSchema,
    compartments: z.array(z.string()),
    created_at: z.string().datetime(),
    updated_at: z.string().datetime(),
    version: z.number().int(),
  })
  .openapi('Fugitive');
export type FugitiveView = z.infer<typeof fugitiveSchema>;

export const sightingSchema = z
  .object({
    id: z.string(),
    seen: interval,
    place: z.object({
      name: z.string(),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
      radius_km: z.number().nullable(),
    }),
    source: sourceSchema,
    grade: z.string(),
    note: z.string().nullable(),
    created_at: z.string().datetime(),
  })
  .openapi('FugitiveSighting');

export const fugitiveDetailSchema = fugitiveSchema
  .extend({
    escape_incident: z
      .object({
        id: z.string(),
        label: z.string().describe('in English, for scripts: the web words the fields below'),
        occurred_start: z.string().datetime(),
        event_types: z.array(z.string()),
        place: z.string().describe("the facility's name, else the commune"),
        killed: z.number().int(),
      })
      .nullable(),
    sightings: z.array(sightingSchema),
    history: z.array(
      z.object({
        at: z.string().datetime(),
        actor: z.string(),
        action: z.string(),
        details: z.record(z.string(), z.unknown()),
      }),
    ),
    links: z.array(
      z.object({
        kind: z.string(),
        direction: z.enum(['outgoing', 'incoming']),
        confidence: z.number(),
        actor: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
      }),
    ),
    hidden_links: z.number().int(),
  })
  .openapi('FugitiveDetail');

/** A fugitive record as the API shows it: the person's name only to those who may read the person. */
export function presentFugitive({ row, person }: FugitiveReading): FugitiveView {
  return {
    id: row.id,
    state: row.state as FugitiveView['state'],
    person: person.name === null ? { id: person.id, protected: true } : { id: person.id, name: person.name },
    escaped: { start: at(row.escaped_start), end: at(row.escaped_end), precision: row.escaped_precision },
    escape_facility_id: row.escape_facility_id,
    escape_place: row.escape_place,
    escape_incident_id: row.escape_incident_id,
    circumstances: row.circumstances,
    recapture: row.recaptured_at
      ? {
          at: at(row.recaptured_at),
          place: row.recapture_place,
          lat: row.recapture_lat,
          lon: row.recapture_lon,
          source: row.recapture_source,
        }
      : null,
    marking: asMarking(row.marking),
    compartments: row.compartments,
    created_at: at(row.created_at),
    updated_at: at(row.updated_at),
    version: row.version,
  };
}

export function presentSighting(row: FugitiveSightingRow): z.infer<typeof sightingSchema> {
  return {
    id: row.id,
    seen: { start: at(row.seen_start), end: at(row.seen_end), precision: row.seen_precision },
    place: { name: row.place, lat: row.lat, lon: row.lon, radius_km: row.radius_km },
    source: row.source,
    grade: `${row.source.reliability}${row.source.credibility}`,
    note: row.note,
    created_at: at(row.created_at),
  };
}

export function presentFugitiveHistory(row: FugitiveHistoryRow) {
  return { at: at(row.at), actor: row.actor, action: row.action, details: row.details };
}

/** The record with its sightings (newest first), its history (oldest first) and its links in the actor graph. */
export function presentFugitiveDetail(detail: FugitiveDetail): z.infer<typeof fugitiveDetailSchema> {
  return {
    ...presentFugitive(detail),
    escape_incident: detail.escapeIncident && {
      id: detail.escapeIncident.id,
      label: detail.escapeIncident.label,
      occurred_start: detail.escapeIncident.occurredStart.toISOString(),
      event_types: detail.escapeIncident.eventTypes,
      place: detail.escapeIncident.place,
      killed: detail.escapeIncident.killed,
    },
    sightings: detail.sightings.map(presentSighting),
    history: detail.history.map(presentFugitiveHistory),
    links: detail.links.map((l) => ({
      kind: l.kind,
      direction: l.outgoing ? ('outgoing' as const) : ('incoming' as const),
      confidence: l.confidence,
      actor: { id: l.other_id, name: l.other_name, kind: l.other_kind },
    })),
    hidden_links: detail.hiddenLinks,
  };
}
