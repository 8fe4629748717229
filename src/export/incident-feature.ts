import { asMarking } from '../core/shared/principal.ts';
import type { Gazetteer } from '../core/shared/gazetteer.ts';
import type { IncidentMapRow } from '../store/incident.repository.ts';

/**
 * An incident as a GeoJSON point feature with the properties a map needs; the description only where
 * the row has it (exports, not the map's lean rows). Used by the API's map and by the file exports.
 */
export function incidentFeature(gazetteer: Gazetteer, row: IncidentMapRow & { description?: string | null }) {
  const facility = row.facility_id ? gazetteer.facility(row.facility_id) : undefined;
  return {
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [row.lon, row.lat] },
    properties: {
      id: row.id,
      event_types: row.event_types,
      target_kinds: row.target_kinds,
      status: row.status,
      occurred_start: row.occurred_start.toISOString(),
      occurred_end: row.occurred_end.toISOString(),
      occurred_precision: row.occurred_precision,
      facility_id: row.facility_id,
      facility_name: facility?.name ?? null,
      commune: row.commune,
      signatures: row.signature_keys,
      ...(row.description !== undefined ? { description: row.description } : {}),
      marking: asMarking(row.marking),
      compartments: row.compartments,
    },
  };
}
