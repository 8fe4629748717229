-- The incident revision (migration 0027) moves only with what a reader sees (issue 19). The detection
-- and the alert rules record what they processed in incidents' own rows (analysed_version,
-- alerted_version) after every write, and a statement trigger fires even when it updates no row:
-- each write moved the revision two or three times, and every idle detection pass once, so the
-- answers kept from incidents (the map's clusters, list pages) were computed again for nothing.
-- Every other column is listed: a column added to incidents must be added here (a test checks).
DROP TRIGGER incidents_revision ON incidents;
CREATE TRIGGER incidents_revision AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF id, external_id, occurred_start, occurred_end, occurred_precision, timezone, reported_at, facility_id, lat, lon, place_precision, commune, department_code, directorate_code, country, event_types, target_kinds, weapons, signatures, signature_keys, killed, injured, damage, description, status, sources, version, created_at, updated_at, owner_org_id, marking, compartments, created_by, staff_sealed, spot, duplicate_of ON incidents
  FOR EACH STATEMENT EXECUTE FUNCTION bump_incident_revision();
