import type { FugitiveDetail, FugitiveReading } from '../../core/fugitive/fugitive.service.ts';
import type { FugitiveHistoryRow, FugitiveSightingRow } from '../../store/schema.ts';

const iso = (value: Date | null) => value?.toISOString() ?? null;

/** A fugitive record as the API shows it: the person's name only to those who may read the person. */
export function presentFugitive({ row, person }: FugitiveReading) {
  return {
    id: row.id,
    state: row.state,
    person: person.name === null ? { id: person.id, protected: true } : { id: person.id, name: person.name },
    escaped: { start: iso(row.escaped_start), end: iso(row.escaped_end), precision: row.escaped_precision },
    escape_facility_id: row.escape_facility_id,
    escape_place: row.escape_place,
    escape_incident_id: row.escape_incident_id,
    circumstances: row.circumstances,
    recapture: row.recaptured_at
      ? {
          at: iso(row.recaptured_at),
          place: row.recapture_place,
          lat: row.recapture_lat,
          lon: row.recapture_lon,
          source: row.recapture_source,
        }
      : null,
    marking: row.marking,
    compartments: row.compartments,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
    version: row.version,
  };
}

export function presentSighting(row: FugitiveSightingRow) {
  return {
    id: row.id,
    seen: { start: iso(row.seen_start), end: iso(row.seen_end), precision: row.seen_precision },
    place: { name: row.place, lat: row.lat, lon: row.lon, radius_km: row.radius_km },
    source: row.source,
    grade: `${row.source.reliability}${row.source.credibility}`,
    note: row.note,
    created_at: iso(row.created_at),
  };
}

export function presentFugitiveHistory(row: FugitiveHistoryRow) {
  return { at: iso(row.at), actor: row.actor, action: row.action, details: row.details };
}

/** The record with its sightings (newest first), its history (oldest first) and its links in the actor graph. */
export function presentFugitiveDetail(detail: FugitiveDetail) {
  return {
    ...presentFugitive(detail),
    escape_incident: detail.escapeIncident,
    sightings: detail.sightings.map(presentSighting),
    history: detail.history.map(presentFugitiveHistory),
    links: detail.links.map((l) => ({
      kind: l.kind,
      direction: l.outgoing ? 'outgoing' : 'incoming',
      confidence: l.confidence,
      actor: { id: l.other_id, name: l.other_name, kind: l.other_kind },
    })),
    hidden_links: detail.hiddenLinks,
  };
}
