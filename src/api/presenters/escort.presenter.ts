import { asMarking } from '../../core/shared/principal.ts';
import { markingSchema } from './schema-parts.ts';
import { z } from '@hono/zod-openapi';
import { ESCORT_LEVELS, type EscortLevel, levelRank } from '../../analysis/escort-risk/escort-risk.ts';
import { ESCORT_KINDS, ESCORT_STATES } from '../../core/escort/escort.schema.ts';
import type { EscortReading } from '../../core/escort/escort.service.ts';
import type { EscortAssessmentRow } from '../../store/schema.ts';

const iso = (value: Date | null) => value?.toISOString() ?? null;

/** A person as a record names them: the name only to those who may read the person, else `protected`. */
export const namedPersonSchema = z.union([
  z.object({ id: z.string(), name: z.string() }),
  z.object({ id: z.string(), protected: z.literal(true) }),
]);
const endSchema = z.object({ facility_id: z.string().nullable(), name: z.string(), lat: z.number(), lon: z.number() });
const level = z.enum(ESCORT_LEVELS);

export const escortSchema = z
  .object({
    id: z.string(),
    kind: z.enum(ESCORT_KINDS),
    state: z.enum(ESCORT_STATES),
    detainee: namedPersonSchema,
    origin: endSchema,
    destination: endSchema,
    waypoints: z.array(z.object({ name: z.string().optional(), lat: z.number(), lon: z.number() })),
    planned_start: z.string().datetime(),
    planned_end: z.string().datetime().nullable(),
    escort_level: level,
    risk_score: z.number().nullable(),
    recommended_level: level.nullable(),
    assessed_at: z.string().datetime().nullable(),
    below_recommendation: z.boolean(),
    notes: z.string().nullable(),
    marking: markingSchema,
    compartments: z.array(z.string()),
    created_at: z.string().datetime(),
    updated_at: z.string().datetime(),
    version: z.number().int(),
  })
  .openapi('Escort');
export type EscortView = z.infer<typeof escortSchema>;

export const escortAssessmentSchema = z
  .object({
    id: z.string(),
    assessed_at: z.string().datetime(),
    score: z.number(),
    recommended_level: level,
    planned_level: level,
    trigger: z.string(),
    assessed_by: z.string().nullable(),
    factors: z.array(
      z.object({
        factor: z.string(),
        points: z.number(),
        sentence: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number()])),
        records: z.array(
          z.object({
            type: z.string(),
            id: z.string(),
            label: z.string().optional().describe('in English, for scripts: the web words the facts below'),
            start: z.string().optional().describe("an incident's start, or a campaign's first instant"),
            end: z.string().optional().describe("a campaign's end (exclusive)"),
            event_types: z.array(z.string()).optional(),
            place: z.string().optional().describe("an incident's facility name, else its commune"),
            relative_risk: z.number().optional().describe("a facility's current risk relative to its usual"),
          }),
        ),
        hidden_records: z.number().int(),
      }),
    ),
  })
  .openapi('EscortAssessment');
export type EscortAssessmentView = z.infer<typeof escortAssessmentSchema>;

/** An escort as the API shows it: the detainee's name only to those who may read him. */
export function presentEscort({ row, detainee }: EscortReading): EscortView {
  return {
    id: row.id,
    kind: row.kind as EscortView['kind'],
    state: row.state as EscortView['state'],
    detainee: detainee.name === null ? { id: detainee.id, protected: true } : { id: detainee.id, name: detainee.name },
    origin: { facility_id: row.origin_facility_id, name: row.origin_name, lat: row.origin_lat, lon: row.origin_lon },
    destination: {
      facility_id: row.destination_facility_id,
      name: row.destination_name,
      lat: row.destination_lat,
      lon: row.destination_lon,
    },
    waypoints: row.waypoints,
    planned_start: row.planned_start.toISOString(),
    planned_end: iso(row.planned_end),
    escort_level: row.escort_level as EscortLevel,
    risk_score: row.risk_score,
    recommended_level: row.recommended_level as EscortLevel | null,
    assessed_at: iso(row.assessed_at),
    // the plan is below what the latest assessment recommends
    below_recommendation:
      row.recommended_level !== null && levelRank(row.recommended_level) > levelRank(row.escort_level),
    notes: row.notes,
    marking: asMarking(row.marking),
    compartments: row.compartments,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
    version: row.version,
  };
}

/** One assessment: the score, the level it recommends, and each factor with its points and records. */
export function presentAssessment(row: EscortAssessmentRow): EscortAssessmentView {
  return {
    id: row.id,
    assessed_at: row.assessed_at.toISOString(),
    score: row.score,
    recommended_level: row.recommended_level as EscortLevel,
    planned_level: row.planned_level as EscortLevel,
    trigger: row.trigger,
    assessed_by: row.assessed_by,
    factors: row.factors.map((f) => ({
      factor: f.factor,
      points: f.points,
      sentence: f.sentence,
      params: f.params ?? {},
      records: f.records,
      hidden_records: f.hidden_records ?? 0,
    })),
  };
}
