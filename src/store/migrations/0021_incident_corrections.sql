-- Correcting a saved incident (issue 17): where on its site it happened, which incident a duplicate
-- was merged into, and the history of its changes (who, when, what, why).

-- "Where on the site": gate, perimeter, staff car park... (SITE_SPOTS in incident.taxonomy.ts; the
-- vocabulary is checked by the input schema, so adding a value needs no migration).
ALTER TABLE incidents ADD COLUMN spot text;

-- A merged incident keeps its row (status 'duplicate') and names the one it was merged into.
ALTER TABLE incidents ADD COLUMN duplicate_of uuid REFERENCES incidents (id) ON DELETE SET NULL;

-- One row per change of an incident: the version it produced, its author, the fields with their
-- values before and after (sealed STAFF details are named, never copied), and the reason given.
CREATE TABLE incident_changes (
  id uuid PRIMARY KEY,
  incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  version integer NOT NULL,
  actor_id uuid,
  actor text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  reason text,
  changes jsonb NOT NULL
);
CREATE INDEX incident_changes_incident_idx ON incident_changes (incident_id, version);
