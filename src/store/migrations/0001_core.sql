-- Vigie core schema: reference data (directorates, facilities), incidents, seizures, actors.
-- One file for both stores (PGlite and PostgreSQL 15): keep to SQL that PostgreSQL 15 accepts.
-- Statements are separated by a semicolon at the end of a line (see store/migrate.ts).

CREATE TABLE meta (
  key text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE directorates (
  code text PRIMARY KEY,
  name text NOT NULL,
  seat text,
  departments text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE departments (
  code text PRIMARY KEY,
  name text NOT NULL,
  directorate_code text REFERENCES directorates (code),
  timezone text NOT NULL
);

CREATE TABLE facilities (
  id text PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL,
  aliases text[] NOT NULL DEFAULT '{}',
  -- name and aliases folded by analysis/fold-text.ts, for search and resolution
  search_keys text[] NOT NULL DEFAULT '{}',
  commune text,
  department_code text NOT NULL REFERENCES departments (code),
  directorate_code text REFERENCES directorates (code),
  lat double precision NOT NULL,
  lon double precision NOT NULL,
  coord_precision text NOT NULL,
  timezone text NOT NULL
);
CREATE INDEX facilities_department_idx ON facilities (department_code);
CREATE INDEX facilities_directorate_idx ON facilities (directorate_code);
CREATE INDEX facilities_search_keys_idx ON facilities USING gin (search_keys);

CREATE TABLE actors (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('organisation', 'person')),
  subkind text,
  name text NOT NULL,
  name_key text NOT NULL,
  aliases text[] NOT NULL DEFAULT '{}',
  description text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (kind, name_key)
);

CREATE TABLE incidents (
  id uuid PRIMARY KEY,
  external_id text UNIQUE,
  -- when: the interval [occurred_start, occurred_end) in UTC, its precision and the local zone
  occurred_start timestamptz NOT NULL,
  occurred_end timestamptz NOT NULL,
  occurred_precision text NOT NULL,
  timezone text NOT NULL,
  reported_at timestamptz,
  -- where: the facility if any, and the point with its precision
  facility_id text REFERENCES facilities (id),
  lat double precision NOT NULL,
  lon double precision NOT NULL,
  place_precision text NOT NULL,
  commune text,
  department_code text,
  directorate_code text,
  country text NOT NULL DEFAULT 'FR',
  -- what
  event_types text[] NOT NULL,
  target_kinds text[] NOT NULL DEFAULT '{}',
  weapons text[] NOT NULL DEFAULT '{}',
  signatures jsonb NOT NULL DEFAULT '[]',
  signature_keys text[] NOT NULL DEFAULT '{}',
  killed integer NOT NULL DEFAULT 0,
  injured integer NOT NULL DEFAULT 0,
  damage text,
  description text,
  status text NOT NULL DEFAULT 'reported',
  sources jsonb NOT NULL DEFAULT '[]',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (occurred_end > occurred_start)
);
CREATE INDEX incidents_occurred_idx ON incidents (occurred_start DESC, id DESC);
CREATE INDEX incidents_facility_idx ON incidents (facility_id, occurred_start);
CREATE INDEX incidents_department_idx ON incidents (department_code, occurred_start);
CREATE INDEX incidents_directorate_idx ON incidents (directorate_code, occurred_start);
CREATE INDEX incidents_status_idx ON incidents (status, occurred_start);
CREATE INDEX incidents_event_types_idx ON incidents USING gin (event_types);
CREATE INDEX incidents_target_kinds_idx ON incidents USING gin (target_kinds);
CREATE INDEX incidents_signature_keys_idx ON incidents USING gin (signature_keys);
CREATE INDEX incidents_position_idx ON incidents (lon, lat);

CREATE TABLE seizures (
  id uuid PRIMARY KEY,
  external_id text UNIQUE,
  occurred_start timestamptz NOT NULL,
  occurred_end timestamptz NOT NULL,
  occurred_precision text NOT NULL,
  timezone text NOT NULL,
  lat double precision,
  lon double precision,
  place_precision text,
  commune text,
  department_code text,
  directorate_code text,
  country text NOT NULL DEFAULT 'FR',
  agency text,
  drug text NOT NULL,
  quantity_kg double precision NOT NULL,
  quantity_value double precision NOT NULL,
  quantity_unit text NOT NULL,
  value_amount double precision,
  value_currency text,
  vessel text,
  route text,
  organisation_id uuid REFERENCES actors (id),
  description text,
  sources jsonb NOT NULL DEFAULT '[]',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (occurred_end > occurred_start)
);
CREATE INDEX seizures_occurred_idx ON seizures (occurred_start DESC, id DESC);
CREATE INDEX seizures_drug_idx ON seizures (drug, occurred_start);
