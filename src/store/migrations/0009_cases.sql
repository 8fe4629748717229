-- Cases (issue 7): an investigation with its incidents, campaigns, actors, evidence files, notes and
-- tasks; a lead organisation that can hand it over to another; and the dissemination log of every
-- release of information outside its owner (handover, case export, STIX export, TAXII pull).

-- One counter per year for the human references VIG-2025-0001, VIG-2025-0002...
CREATE TABLE case_counters (
  year integer PRIMARY KEY,
  last integer NOT NULL
);

CREATE TABLE cases (
  id uuid PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  title text NOT NULL,
  summary text,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'suspended', 'closed')),
  -- the lead organisation
  owner_org_id uuid NOT NULL REFERENCES organisations (id),
  marking text NOT NULL DEFAULT 'AMBER' CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
  compartments text[] NOT NULL DEFAULT '{}',
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX cases_state_idx ON cases (state, updated_at DESC);
CREATE INDEX cases_owner_idx ON cases (owner_org_id);

-- Organisations other than the lead that read the case: former leads that kept access, partners it was shared with.
CREATE TABLE case_access (
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  org_id uuid NOT NULL REFERENCES organisations (id),
  reason text NOT NULL CHECK (reason IN ('former_lead', 'shared')),
  granted_by uuid,
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, org_id)
);
CREATE INDEX case_access_org_idx ON case_access (org_id);

-- Each handover: the receiver reads the sender's AMBER items of this case.
CREATE TABLE case_handovers (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  from_org_id uuid NOT NULL REFERENCES organisations (id),
  to_org_id uuid NOT NULL REFERENCES organisations (id),
  reason text NOT NULL,
  keep_access boolean NOT NULL,
  by_user uuid,
  by_name text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_handovers_case_idx ON case_handovers (case_id, at);

CREATE TABLE case_items (
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  item_type text NOT NULL CHECK (item_type IN ('incident', 'campaign', 'actor')),
  item_id uuid NOT NULL,
  added_by uuid,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, item_type, item_id)
);
CREATE INDEX case_items_item_idx ON case_items (item_type, item_id);

CREATE TABLE case_members (
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id),
  role text NOT NULL CHECK (role IN ('lead', 'investigator', 'analyst', 'observer')),
  added_by uuid,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, user_id)
);

-- Notes and evidence carry their own owner and marking: a reader of the case sees only those it may read.
CREATE TABLE case_notes (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  text text NOT NULL,
  author text NOT NULL,
  owner_org_id uuid NOT NULL REFERENCES organisations (id),
  marking text NOT NULL CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
  compartments text[] NOT NULL DEFAULT '{}',
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_notes_case_idx ON case_notes (case_id, created_at);

-- The bytes live in the database so every instance sharing it serves them; the hash is checked on download.
CREATE TABLE case_evidence (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  file_name text NOT NULL,
  media_type text NOT NULL,
  size_bytes integer NOT NULL,
  sha256 text NOT NULL,
  content bytea NOT NULL,
  description text,
  added_by_name text NOT NULL,
  owner_org_id uuid NOT NULL REFERENCES organisations (id),
  marking text NOT NULL CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
  compartments text[] NOT NULL DEFAULT '{}',
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_evidence_case_idx ON case_evidence (case_id, created_at);

CREATE TABLE case_history (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id uuid,
  actor text NOT NULL,
  action text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX case_history_case_idx ON case_history (case_id, at);

-- Tasks of a case reuse the task table of alerts.
ALTER TABLE tasks ADD COLUMN case_id uuid REFERENCES cases (id) ON DELETE CASCADE;
CREATE INDEX tasks_case_idx ON tasks (case_id) WHERE case_id IS NOT NULL;

-- Every release of information outside its owner.
CREATE TABLE disseminations (
  id uuid PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  channel text NOT NULL CHECK (channel IN ('handover', 'case_export', 'stix_export', 'taxii_pull')),
  format text,
  case_id uuid REFERENCES cases (id) ON DELETE SET NULL,
  -- to whom: an organisation (handover), a user (exports), an API token (TAXII)
  recipient_kind text NOT NULL CHECK (recipient_kind IN ('organisation', 'user', 'token')),
  recipient_id text NOT NULL,
  recipient_name text NOT NULL,
  recipient_org_id uuid,
  -- the narrowest marking among the objects released
  marking text NOT NULL,
  object_count integer NOT NULL,
  -- [{ "type": "incident", "id": "..." }], the first 1,000
  objects jsonb NOT NULL DEFAULT '[]',
  released_by uuid,
  released_by_name text NOT NULL
);
CREATE INDEX disseminations_case_idx ON disseminations (case_id, at DESC);
CREATE INDEX disseminations_recipient_idx ON disseminations (recipient_id, at DESC);
CREATE INDEX disseminations_recipient_org_idx ON disseminations (recipient_org_id, at DESC);
