-- Issue 15: a wave alarm has a life, and a campaign has probable members.

-- A raised alarm stands until a person ends it: later evidence updates it (members, sites, and the
-- strongest window's significance), never withdraws it. Ending it takes an analyst and a reason.
ALTER TABLE wave_alarms ADD COLUMN state text NOT NULL DEFAULT 'standing';
ALTER TABLE wave_alarms ADD CONSTRAINT wave_alarms_state_check CHECK (state IN ('standing', 'ended'));
-- the campaign's clustering key: an alarm whose campaign was re-keyed finds it again
ALTER TABLE wave_alarms ADD COLUMN campaign_key text;
ALTER TABLE wave_alarms ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
-- each update of the alarm by later evidence: { at, members, sites, p_value }
ALTER TABLE wave_alarms ADD COLUMN updates jsonb NOT NULL DEFAULT '[]';
ALTER TABLE wave_alarms ADD COLUMN ended_at timestamptz;
ALTER TABLE wave_alarms ADD COLUMN ended_by uuid;
ALTER TABLE wave_alarms ADD COLUMN end_reason text;
ALTER TABLE wave_alarms ADD CONSTRAINT wave_alarms_end_check CHECK ((state = 'ended') = (ended_at IS NOT NULL AND end_reason IS NOT NULL));
CREATE INDEX wave_alarms_campaign_key_idx ON wave_alarms (campaign_key);

-- Probable members: untagged acts of a campaign's classes, at sites not yet in it, during its active
-- window, beyond what their site and class usually produce. Kept apart from the core members.
CREATE TABLE campaign_probable_members (
  campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  -- acts of the class observed that night across the campaign's new sites, and those expected
  observed integer NOT NULL,
  expected double precision NOT NULL,
  -- the probability that the act belongs to the wave rather than to its site's usual activity
  excess_probability double precision NOT NULL,
  details jsonb NOT NULL DEFAULT '{}',
  explanation text NOT NULL,
  found_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (campaign_id, incident_id)
);
CREATE INDEX campaign_probable_members_incident_idx ON campaign_probable_members (incident_id);

-- An analyst confirms a probable member (it joins the campaign) or dismisses it (never proposed again).
ALTER TABLE campaign_decisions DROP CONSTRAINT campaign_decisions_kind_check;
ALTER TABLE campaign_decisions ADD CONSTRAINT campaign_decisions_kind_check
  CHECK (kind IN ('confirm', 'dismiss', 'split', 'merge', 'exclude', 'confirm_probable', 'dismiss_probable'));
