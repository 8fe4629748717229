-- Import jobs (issue 9): a file of incidents or seizures uploaded once, stored here, and imported in
-- the background by whichever instance takes the job from the work queue. The import itself is one
-- transaction, idempotent by external_id: a job run again after a crash adds only what is missing.
-- The file is dropped once the job has ended (its SHA-256 stays).

CREATE TABLE import_jobs (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('incident', 'seizure')),
  format text NOT NULL CHECK (format IN ('json', 'ndjson', 'csv')),
  file_name text NOT NULL,
  content bytea,
  size_bytes integer NOT NULL,
  sha256 text NOT NULL,
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
  rows_read integer NOT NULL DEFAULT 0,
  stored integer NOT NULL DEFAULT 0,
  already_there integer NOT NULL DEFAULT 0,
  problem_count integer NOT NULL DEFAULT 0,
  problems jsonb NOT NULL DEFAULT '[]',
  error text,
  attempts integer NOT NULL DEFAULT 0,
  -- while running: until when the instance running it holds it (it renews; past it, another may take it)
  lease_until timestamptz,
  created_by uuid REFERENCES users (id),
  owner_org_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX import_jobs_created_idx ON import_jobs (created_at DESC);
CREATE INDEX import_jobs_unfinished_idx ON import_jobs (created_at) WHERE state IN ('queued', 'running');
