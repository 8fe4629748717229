-- Foreign STIX objects (issue 20): Vigie is a hop in a sharing chain, not a sink.
-- * role 'origin': the object an incident was imported from (its id, name, labels, confidence, author,
--   created and modified, references without a URL), so a re-export keeps the source's version;
-- * role 'attached': an object that refers to an imported incident or that it refers to (an indicator,
--   a sighting, a report, a relationship of a type Vigie does not map), exported again unchanged with it;
-- * role 'standalone': an object posted over TAXII that no incident holds yet (a location or a
--   relationship sent before or after its incident, an indicator-only post), served in its marking's
--   collection;
-- * role 'pending': an incident posted over TAXII that nothing places yet, imported when its location
--   arrives (`status_id` is the TAXII status that reports it).
CREATE TABLE stix_objects (
  stix_id text NOT NULL,
  role text NOT NULL CHECK (role IN ('origin', 'attached', 'standalone', 'pending')),
  type text NOT NULL,
  incident_id uuid REFERENCES incidents (id) ON DELETE CASCADE,
  object jsonb NOT NULL,
  owner_org_id uuid NOT NULL,
  marking text NOT NULL,
  compartments text[] NOT NULL DEFAULT '{}',
  created_by uuid,
  status_id uuid,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (stix_id, role)
);
CREATE INDEX stix_objects_incident_idx ON stix_objects (incident_id) WHERE incident_id IS NOT NULL;
CREATE INDEX stix_objects_loose_idx ON stix_objects (owner_org_id, role) WHERE role IN ('standalone', 'pending');

-- TAXII status resources (issue 20; issue 18 asked them out of one instance's memory): any instance
-- answers a client that polls, and a pending incident placed later updates its status.
CREATE TABLE taxii_statuses (
  id uuid PRIMARY KEY,
  owner_id uuid NOT NULL,
  body jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX taxii_statuses_created_idx ON taxii_statuses (created_at);
