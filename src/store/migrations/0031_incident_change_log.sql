-- What changed in incidents, row by row, for answers kept per reader that are brought up to date
-- rather than computed again (issue 19): the national 30-day map of a million incidents is a grouped
-- scan of 300,000 rows (about 100 ms), while the incidents changed since it was counted are a few.
-- Every statement writing incidents records, for each row whose readable fields it changed, the row
-- before (sign -1) and the row after (sign +1), with the columns the list filters, the read scope and
-- the map use: the same filter and scope applied to these rows, summed by sign, is what a count gains
-- and loses. `xid` is the writing transaction, so a reader takes exactly the changes committed between
-- two snapshots of its own (pg_visible_in_snapshot), whatever order writers commit in and on whichever
-- instance they wrote.
--
-- The log is a working table, not data: it lives outside the public schema (backups do not carry it)
-- and rows older than a few minutes are deleted (src/store/incident-map.repository.ts). `pruned` holds
-- the newest transaction whose rows may be gone: an answer counted at a snapshot whose oldest running
-- transaction is not past it is counted again in full. `rewrites` holds the transactions that changed
-- incidents without the log (a TRUNCATE, a bulk write with triggers off): an answer counted at a
-- snapshot that does not see one of them is counted again in full.
CREATE SCHEMA incident_log;
CREATE TABLE incident_log.changes (
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  at timestamptz NOT NULL DEFAULT now(),
  sign smallint NOT NULL,
  id uuid NOT NULL,
  occurred_start timestamptz NOT NULL,
  occurred_end timestamptz NOT NULL,
  facility_id text,
  department_code text,
  directorate_code text,
  event_types text[] NOT NULL,
  target_kinds text[] NOT NULL,
  signature_keys text[] NOT NULL,
  status text NOT NULL,
  lat double precision NOT NULL,
  lon double precision NOT NULL,
  owner_org_id uuid NOT NULL,
  marking text NOT NULL,
  compartments text[] NOT NULL,
  created_by uuid
);
CREATE INDEX changes_xid_idx ON incident_log.changes (xid);
CREATE TABLE incident_log.pruned (xid xid8 NOT NULL);
INSERT INTO incident_log.pruned VALUES ('0');
CREATE TABLE incident_log.rewrites (
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  at timestamptz NOT NULL DEFAULT now()
);
-- (one line each: the migration runner splits statements at a semicolon that ends a line)
CREATE FUNCTION incident_log.record_inserted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO incident_log.changes (sign, id, occurred_start, occurred_end, facility_id, department_code, directorate_code, event_types, target_kinds, signature_keys, status, lat, lon, owner_org_id, marking, compartments, created_by) SELECT 1, n.id, n.occurred_start, n.occurred_end, n.facility_id, n.department_code, n.directorate_code, n.event_types, n.target_kinds, n.signature_keys, n.status, n.lat, n.lon, n.owner_org_id, n.marking, n.compartments, n.created_by FROM new_rows n; RETURN NULL; END $$;
CREATE FUNCTION incident_log.record_deleted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO incident_log.changes (sign, id, occurred_start, occurred_end, facility_id, department_code, directorate_code, event_types, target_kinds, signature_keys, status, lat, lon, owner_org_id, marking, compartments, created_by) SELECT -1, o.id, o.occurred_start, o.occurred_end, o.facility_id, o.department_code, o.directorate_code, o.event_types, o.target_kinds, o.signature_keys, o.status, o.lat, o.lon, o.owner_org_id, o.marking, o.compartments, o.created_by FROM old_rows o; RETURN NULL; END $$;
-- An update records only the rows whose logged columns moved: the detection's and alert rules'
-- bookkeeping (analysed_version, alerted_version) and the text fields record nothing.
CREATE FUNCTION incident_log.record_updated() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN WITH moved AS (SELECT o.id FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.occurred_start, o.occurred_end, o.facility_id, o.department_code, o.directorate_code, o.event_types, o.target_kinds, o.signature_keys, o.status, o.lat, o.lon, o.owner_org_id, o.marking, o.compartments, o.created_by) IS DISTINCT FROM (n.occurred_start, n.occurred_end, n.facility_id, n.department_code, n.directorate_code, n.event_types, n.target_kinds, n.signature_keys, n.status, n.lat, n.lon, n.owner_org_id, n.marking, n.compartments, n.created_by)) INSERT INTO incident_log.changes (sign, id, occurred_start, occurred_end, facility_id, department_code, directorate_code, event_types, target_kinds, signature_keys, status, lat, lon, owner_org_id, marking, compartments, created_by) SELECT -1, o.id, o.occurred_start, o.occurred_end, o.facility_id, o.department_code, o.directorate_code, o.event_types, o.target_kinds, o.signature_keys, o.status, o.lat, o.lon, o.owner_org_id, o.marking, o.compartments, o.created_by FROM old_rows o WHERE o.id IN (SELECT id FROM moved) UNION ALL SELECT 1, n.id, n.occurred_start, n.occurred_end, n.facility_id, n.department_code, n.directorate_code, n.event_types, n.target_kinds, n.signature_keys, n.status, n.lat, n.lon, n.owner_org_id, n.marking, n.compartments, n.created_by FROM new_rows n WHERE n.id IN (SELECT id FROM moved); RETURN NULL; END $$;
CREATE FUNCTION incident_log.record_truncated() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO incident_log.rewrites DEFAULT VALUES; RETURN NULL; END $$;
CREATE TRIGGER incidents_log_inserted AFTER INSERT ON incidents REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_log.record_inserted();
CREATE TRIGGER incidents_log_deleted AFTER DELETE ON incidents REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_log.record_deleted();
CREATE TRIGGER incidents_log_updated AFTER UPDATE ON incidents REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_log.record_updated();
CREATE TRIGGER incidents_log_truncated AFTER TRUNCATE ON incidents
  FOR EACH STATEMENT EXECUTE FUNCTION incident_log.record_truncated();
