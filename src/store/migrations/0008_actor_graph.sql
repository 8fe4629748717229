-- The actor graph (issue 7): entities of every kind, typed relationships with a confidence, sources and
-- validity dates, the incidents each entity appears in, and the risk profiles of high-risk detainees.
-- Actors become owned records like incidents (owner organisation, marking): a person named in an
-- investigation is not for every reader.

ALTER TABLE actors DROP CONSTRAINT actors_kind_check;
ALTER TABLE actors ADD CONSTRAINT actors_kind_check CHECK (kind IN
  ('person', 'organisation', 'vehicle', 'vessel', 'phone', 'online_account', 'place', 'facility', 'weapon'));
-- Kind-specific identifiers: plate for a vehicle, imo/mmsi/flag for a vessel, number for a phone,
-- platform/handle for an online account, lat/lon for a place, birth_year for a person...
ALTER TABLE actors ADD COLUMN attributes jsonb NOT NULL DEFAULT '{}';
-- A `facility` entity stands for a reference site.
ALTER TABLE actors ADD COLUMN facility_id text REFERENCES facilities (id);
ALTER TABLE actors ADD COLUMN owner_org_id uuid NOT NULL DEFAULT '00000000-0000-4000-8000-000000000001' REFERENCES organisations (id);
ALTER TABLE actors ADD COLUMN marking text NOT NULL DEFAULT 'AMBER' CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'));
ALTER TABLE actors ADD COLUMN compartments text[] NOT NULL DEFAULT '{}';
ALTER TABLE actors ADD COLUMN created_by uuid;
ALTER TABLE actors ADD COLUMN version integer NOT NULL DEFAULT 1;
CREATE INDEX actors_kind_idx ON actors (kind, name_key);
CREATE INDEX actors_aliases_idx ON actors USING gin (aliases);
CREATE UNIQUE INDEX actors_facility_idx ON actors (facility_id) WHERE facility_id IS NOT NULL;

CREATE TABLE actor_relationships (
  id uuid PRIMARY KEY,
  source_id uuid NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  target_id uuid NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('member_of', 'leads', 'uses', 'owns', 'seen_at', 'held_at', 'linked_to')),
  -- 0-100, the analyst's confidence (STIX confidence scale)
  confidence integer NOT NULL CHECK (confidence BETWEEN 0 AND 100),
  -- graded sources, the same shape as an incident's sources
  sources jsonb NOT NULL DEFAULT '[]',
  valid_from timestamptz,
  valid_until timestamptz,
  description text,
  owner_org_id uuid NOT NULL REFERENCES organisations (id),
  marking text NOT NULL DEFAULT 'AMBER' CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK (source_id <> target_id),
  CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from),
  UNIQUE (source_id, target_id, kind)
);
CREATE INDEX actor_relationships_source_idx ON actor_relationships (source_id);
CREATE INDEX actor_relationships_target_idx ON actor_relationships (target_id);

-- Which entities an incident involves, and how: the bridge from incidents and campaigns to the graph.
CREATE TABLE incident_actors (
  incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  actor_id uuid NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('suspect', 'claimed', 'target', 'victim', 'used', 'seen')),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (incident_id, actor_id, role)
);
CREATE INDEX incident_actors_actor_idx ON incident_actors (actor_id);

-- A person held at a facility may carry a risk profile; each factor is graded 0 (none) to 3 (high).
CREATE TABLE detainee_profiles (
  actor_id uuid PRIMARY KEY REFERENCES actors (id) ON DELETE CASCADE,
  facility_id text REFERENCES facilities (id),
  organised_crime_leadership smallint NOT NULL DEFAULT 0 CHECK (organised_crime_leadership BETWEEN 0 AND 3),
  escape_history smallint NOT NULL DEFAULT 0 CHECK (escape_history BETWEEN 0 AND 3),
  outside_communications smallint NOT NULL DEFAULT 0 CHECK (outside_communications BETWEEN 0 AND 3),
  violence smallint NOT NULL DEFAULT 0 CHECK (violence BETWEEN 0 AND 3),
  -- where the person is placed: ordinary detention, an isolation wing, the high-security quarters...
  placement text NOT NULL DEFAULT 'ordinary' CHECK (placement IN ('ordinary', 'isolation', 'high_security')),
  notes text,
  assessed_at timestamptz NOT NULL DEFAULT now(),
  assessed_by uuid,
  owner_org_id uuid NOT NULL REFERENCES organisations (id),
  marking text NOT NULL DEFAULT 'AMBER' CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX detainee_profiles_facility_idx ON detainee_profiles (facility_id);
