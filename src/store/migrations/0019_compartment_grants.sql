-- Issue 16, item 6: granting a compartment takes two administrators (one proposes, another approves),
-- and the full backup over the API takes an explicit `backup` permission.
CREATE TABLE compartment_grants (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  compartment text NOT NULL,
  status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'rejected')),
  proposed_by uuid REFERENCES users (id) ON DELETE SET NULL,
  proposed_by_name text NOT NULL,
  proposed_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
  decided_by_name text,
  decided_at timestamptz
);
CREATE UNIQUE INDEX compartment_grants_open_idx ON compartment_grants (user_id, compartment) WHERE status = 'proposed';

ALTER TABLE users ADD COLUMN permissions text[] NOT NULL DEFAULT '{}';
