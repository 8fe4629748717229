/** STIX 2.1 objects as a foreign TAXII client posts them, for the TAXII tests. */
export const STIX_TIME = '2025-05-02T10:00:00.000Z';

/** A STIX id of `type` with the `n`th fixed UUID. */
export const stixId = (type: string, n: number) => `${type}--00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * An incident that nothing places, the location of a known site and the `located-at` relationship that places
 * it there (ids `n`, `n + 1`, `n + 2`): posted one by one, the incident waits, pending, for the other two.
 */
export function incidentToPlace(n: number, name: string) {
  const common = { spec_version: '2.1', created: STIX_TIME, modified: STIX_TIME };
  const incident = {
    type: 'incident',
    ...common,
    id: stixId('incident', n),
    name,
    first_seen: '2025-05-01T23:00:00.000Z',
  };
  const location = {
    type: 'location',
    ...common,
    id: stixId('location', n + 1),
    name: 'Centre pénitentiaire de Toulon-La Farlède',
    latitude: 43.16,
    longitude: 6.04,
  };
  const placed = {
    type: 'relationship',
    ...common,
    id: stixId('relationship', n + 2),
    relationship_type: 'located-at',
    source_ref: incident.id,
    target_ref: location.id,
  };
  return { incident, location, placed };
}
