import type { Gazetteer } from '../../core/shared/gazetteer.ts';
import type { IncidentChangeRow } from '../../store/schema.ts';
import type { IncidentReading } from '../../core/incident/incident.service.ts';
import { codeAndName } from './facility.presenter.ts';

/** The public shape of an incident, built from its row; never the row itself. */
export function presentIncident(gazetteer: Gazetteer, { row, staff, staffProtected }: IncidentReading) {
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
    marking: row.marking,
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
export type IncidentView = ReturnType<typeof presentIncident>;

/** One change of an incident's history; facility ids become { id, name } so the history reads as the page does. */
export function presentIncidentChange(gazetteer: Gazetteer, row: IncidentChangeRow) {
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
