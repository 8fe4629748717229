-- Accounts, organisations, markings, the STAFF compartment and the audit trail (issue 3).

CREATE TABLE organisations (
  id uuid PRIMARY KEY,
  name text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('facility', 'directorate', 'national_service', 'external_agency', 'other')),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Records created before accounts existed belong to this organisation.
INSERT INTO organisations (id, name, kind) VALUES ('00000000-0000-4000-8000-000000000001', 'Vigie', 'national_service');

-- owner shares its AMBER records with partner
CREATE TABLE organisation_shares (
  owner_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  partner_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  PRIMARY KEY (owner_id, partner_id),
  CHECK (owner_id <> partner_id)
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  display_name text,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('reporter', 'analyst', 'supervisor', 'investigator', 'admin')),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  compartments text[] NOT NULL DEFAULT '{}',
  disabled boolean NOT NULL DEFAULT false,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_login_at timestamptz
);

CREATE TABLE sessions (
  -- SHA-256 of the cookie value: a stolen table does not give sessions away
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  address text,
  user_agent text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  prefix text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  revoked_at timestamptz,
  last_used_at timestamptz
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

CREATE TABLE login_throttle (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  window_start timestamptz NOT NULL,
  blocked_until timestamptz
);

CREATE TABLE audit_events (
  seq bigint PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_id uuid,
  actor text NOT NULL,
  action text NOT NULL,
  object_type text,
  object_id text,
  details jsonb NOT NULL DEFAULT '{}',
  address text,
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_events_object_idx ON audit_events (object_type, object_id);
CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, at);

ALTER TABLE incidents ADD COLUMN owner_org_id uuid NOT NULL DEFAULT '00000000-0000-4000-8000-000000000001' REFERENCES organisations (id);
ALTER TABLE incidents ADD COLUMN marking text NOT NULL DEFAULT 'AMBER' CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'));
ALTER TABLE incidents ADD COLUMN compartments text[] NOT NULL DEFAULT '{}';
ALTER TABLE incidents ADD COLUMN created_by uuid;
-- the STAFF fields (names, home addresses), sealed with AES-256-GCM; see security/sealer.ts
ALTER TABLE incidents ADD COLUMN staff_sealed text;
CREATE INDEX incidents_owner_idx ON incidents (owner_org_id, marking);

ALTER TABLE seizures ADD COLUMN owner_org_id uuid NOT NULL DEFAULT '00000000-0000-4000-8000-000000000001' REFERENCES organisations (id);
ALTER TABLE seizures ADD COLUMN marking text NOT NULL DEFAULT 'AMBER' CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'));
ALTER TABLE seizures ADD COLUMN compartments text[] NOT NULL DEFAULT '{}';
ALTER TABLE seizures ADD COLUMN created_by uuid;
