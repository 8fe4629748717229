import type { IncidentInput, StaffDetails } from './incident.schema.ts';
import type { TimePrecision } from '../shared/taxonomy.ts';

/** The stored fields needed to write an incident back in the interchange format. */
export interface StoredIncident {
  external_id: string | null;
  occurred_start: Date;
  occurred_end: Date;
  occurred_precision: string;
  reported_at: Date | null;
  facility_id: string | null;
  lat: number;
  lon: number;
  place_precision: string;
  commune: string | null;
  department_code: string | null;
  country: string;
  spot?: string | null;
  event_types: string[];
  target_kinds: string[];
  weapons: string[];
  signatures: Array<{ kind: string; text: string }>;
  killed: number;
  injured: number;
  damage: string | null;
  description: string | null;
  status: string;
  sources: IncidentInput['sources'];
  marking: string;
  compartments: string[];
}

/**
 * Writes a stored incident back in the interchange format, so that exporting then importing
 * gives the same record, and a PATCH can be applied to the whole and validated again.
 */
export function toInterchange(row: StoredIncident, staff?: StaffDetails | null): IncidentInput {
  const ownPlace = row.facility_id === null || row.place_precision !== 'site';
  return {
    ...(row.external_id ? { external_id: row.external_id } : {}),
    occurred: {
      start: row.occurred_start.toISOString(),
      end: row.occurred_end.toISOString(),
      precision: row.occurred_precision as TimePrecision,
    },
    ...(row.reported_at ? { reported_at: row.reported_at.toISOString() } : {}),
    ...(row.facility_id ? { facility: row.facility_id } : {}),
    ...(ownPlace
      ? {
          place: {
            lat: row.lat,
            lon: row.lon,
            precision: row.place_precision as 'commune',
            ...(row.commune ? { commune: row.commune } : {}),
            ...(row.department_code ? { department: row.department_code } : {}),
            ...(row.country !== 'FR' ? { country: row.country } : {}),
          },
        }
      : {}),
    ...(row.spot ? { spot: row.spot as IncidentInput['spot'] } : {}),
    event_types: row.event_types as IncidentInput['event_types'],
    target_kinds: row.target_kinds as IncidentInput['target_kinds'],
    weapons: row.weapons,
    signatures: row.signatures.map((s) => ({
      kind: s.kind as IncidentInput['signatures'][number]['kind'],
      text: s.text,
    })),
    casualties: { killed: row.killed, injured: row.injured },
    ...(row.damage ? { damage: row.damage } : {}),
    ...(row.description ? { description: row.description } : {}),
    status: row.status as IncidentInput['status'],
    sources: row.sources,
    marking: row.marking as IncidentInput['marking'],
    compartments: row.compartments as IncidentInput['compartments'],
    ...(staff ? { staff } : {}),
  };
}
