-- Escorts and high-risk transfers with their risk assessments, and the fugitives wanted list (issue 8).
-- Both are owned records (owner organisation, marking, compartments) read through core/access.

-- A new alert rule kind: a planned escort whose assessed risk rises above its planned level.
ALTER TABLE alert_rules DROP CONSTRAINT alert_rules_kind_check;
ALTER TABLE alert_rules ADD CONSTRAINT alert_rules_kind_check CHECK (kind IN
  ('wave_alarm', 'watchlist', 'staff_threat', 'weapon_at_facility', 'incident_count', 'escort_risk'));
INSERT INTO alert_rules (id, kind, name, params, severity, escalation, ack_minutes, playbook_id) VALUES
  ('00000000-0000-4000-8000-00000000a0e1', 'escort_risk', 'Risque d''escorte au-dessus du niveau prévu', '{}', 'high',
   '[{"after_minutes": 30, "notify": "supervisor"}]', 30, NULL);

CREATE TABLE escorts (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('judicial_extraction', 'hospital_visit', 'transfer')),
  -- the detainee: a person actor (migration 0008)
  detainee_id uuid NOT NULL REFERENCES actors (id),
  -- origin and destination: a facility, or a named place with coordinates (a courthouse, a hospital)
  origin_facility_id text REFERENCES facilities (id),
  origin_name text NOT NULL,
  origin_lat double precision NOT NULL,
  origin_lon double precision NOT NULL,
  destination_facility_id text REFERENCES facilities (id),
  destination_name text NOT NULL,
  destination_lat double precision NOT NULL,
  destination_lon double precision NOT NULL,
  -- the planned route between them: [{ "name"?, "lat", "lon" }]
  waypoints jsonb NOT NULL DEFAULT '[]',
  planned_start timestamptz NOT NULL,
  planned_end timestamptz,
  -- the same words as the posture levels, "normal" read as "standard"
  escort_level text NOT NULL CHECK (escort_level IN ('standard', 'reinforced', 'high', 'maximal')),
  state text NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'in_progress', 'completed', 'cancelled')),
  notes text,
  -- the latest assessment, repeated here for lists (the history is escort_assessments)
  risk_score integer,
  recommended_level text CHECK (recommended_level IN ('standard', 'reinforced', 'high', 'maximal')),
  assessed_at timestamptz,
  owner_org_id uuid NOT NULL REFERENCES organisations (id),
  marking text NOT NULL DEFAULT 'AMBER' CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
  compartments text[] NOT NULL DEFAULT '{}',
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK (planned_end IS NULL OR planned_end >= planned_start)
);
CREATE INDEX escorts_planned_idx ON escorts (state, planned_start);
CREATE INDEX escorts_detainee_idx ON escorts (detainee_id);

-- Every assessment kept: the score, the level it recommends and each factor with its records.
CREATE TABLE escort_assessments (
  id uuid PRIMARY KEY,
  escort_id uuid NOT NULL REFERENCES escorts (id) ON DELETE CASCADE,
  assessed_at timestamptz NOT NULL,
  score integer NOT NULL CHECK (score BETWEEN 0 AND 100),
  recommended_level text NOT NULL CHECK (recommended_level IN ('standard', 'reinforced', 'high', 'maximal')),
  planned_level text NOT NULL,
  -- [{ "factor", "points", "sentence", "records": [{ "type", "id", "label" }] }]
  factors jsonb NOT NULL,
  -- what asked for it: created, changed, manual, incident, campaign
  trigger text NOT NULL,
  assessed_by uuid
);
CREATE INDEX escort_assessments_escort_idx ON escort_assessments (escort_id, assessed_at DESC);

CREATE TABLE fugitives (
  id uuid PRIMARY KEY,
  -- the person at large: a person actor
  person_id uuid NOT NULL REFERENCES actors (id),
  state text NOT NULL DEFAULT 'wanted' CHECK (state IN ('wanted', 'recaptured')),
  escaped_start timestamptz NOT NULL,
  escaped_end timestamptz NOT NULL,
  escaped_precision text NOT NULL,
  escape_facility_id text REFERENCES facilities (id),
  escape_place text,
  -- the incident of the escape, e.g. a transport ambush
  escape_incident_id uuid REFERENCES incidents (id),
  circumstances text,
  recaptured_at timestamptz,
  recapture_place text,
  recapture_lat double precision,
  recapture_lon double precision,
  -- a graded source, the same shape as an incident's sources
  recapture_source jsonb,
  owner_org_id uuid NOT NULL REFERENCES organisations (id),
  marking text NOT NULL DEFAULT 'AMBER' CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
  compartments text[] NOT NULL DEFAULT '{}',
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK (state = 'wanted' OR recaptured_at IS NOT NULL)
);
-- one open record per person
CREATE UNIQUE INDEX fugitives_wanted_person_idx ON fugitives (person_id) WHERE state = 'wanted';
CREATE INDEX fugitives_state_idx ON fugitives (state, escaped_start DESC);

-- Reported sightings: a time that may be fuzzy (an interval and its precision), a place that may be
-- fuzzy (a name, a point and a radius), and a graded source. They take the access of their fugitive.
CREATE TABLE fugitive_sightings (
  id uuid PRIMARY KEY,
  fugitive_id uuid NOT NULL REFERENCES fugitives (id),
  seen_start timestamptz NOT NULL,
  seen_end timestamptz NOT NULL,
  seen_precision text NOT NULL,
  place text NOT NULL,
  lat double precision,
  lon double precision,
  radius_km double precision,
  source jsonb NOT NULL,
  note text,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fugitive_sightings_idx ON fugitive_sightings (fugitive_id, seen_start DESC);

-- Nothing of a fugitive record is deleted: every change is also written here.
CREATE TABLE fugitive_history (
  id uuid PRIMARY KEY,
  fugitive_id uuid NOT NULL REFERENCES fugitives (id),
  at timestamptz NOT NULL,
  actor_id uuid,
  actor text NOT NULL,
  action text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX fugitive_history_idx ON fugitive_history (fugitive_id, at);
