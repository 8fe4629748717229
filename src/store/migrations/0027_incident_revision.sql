-- A number that changes with every write to incidents (issue 19): answers computed from incidents
-- (the map's clusters, a list page and its count) are kept per reader scope under the revision they
-- were computed at, and a request costs one read of this number while nothing changed, on every
-- instance sharing the store. A sequence, not a row: concurrent writers never wait on each other for it.
CREATE SEQUENCE incident_revision;
-- (one line: the migration runner splits statements at a semicolon that ends a line)
CREATE FUNCTION bump_incident_revision() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM nextval('incident_revision'); RETURN NULL; END $$;
CREATE TRIGGER incidents_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON incidents
  FOR EACH STATEMENT EXECUTE FUNCTION bump_incident_revision();
