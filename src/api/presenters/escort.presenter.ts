import { levelRank } from '../../analysis/escort-risk/escort-risk.ts';
import type { EscortReading } from '../../core/escort/escort.service.ts';
import type { EscortAssessmentRow } from '../../store/schema.ts';

const iso = (value: Date | null) => value?.toISOString() ?? null;

/** An escort as the API shows it: the detainee's name only to those who may read him. */
export function presentEscort({ row, detainee }: EscortReading) {
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    detainee: detainee.name === null ? { id: detainee.id, protected: true } : { id: detainee.id, name: detainee.name },
    origin: { facility_id: row.origin_facility_id, name: row.origin_name, lat: row.origin_lat, lon: row.origin_lon },
    destination: {
      facility_id: row.destination_facility_id,
      name: row.destination_name,
      lat: row.destination_lat,
      lon: row.destination_lon,
    },
    waypoints: row.waypoints,
    planned_start: iso(row.planned_start),
    planned_end: iso(row.planned_end),
    escort_level: row.escort_level,
    risk_score: row.risk_score,
    recommended_level: row.recommended_level,
    assessed_at: iso(row.assessed_at),
    // the plan is below what the latest assessment recommends
    below_recommendation:
      row.recommended_level !== null && levelRank(row.recommended_level) > levelRank(row.escort_level),
    notes: row.notes,
    marking: row.marking,
    compartments: row.compartments,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
    version: row.version,
  };
}

/** One assessment: the score, the level it recommends, and each factor with its points and records. */
export function presentAssessment(row: EscortAssessmentRow) {
  return {
    id: row.id,
    assessed_at: iso(row.assessed_at),
    score: row.score,
    recommended_level: row.recommended_level,
    planned_level: row.planned_level,
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
