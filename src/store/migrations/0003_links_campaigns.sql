-- Links between incidents, campaigns, analyst decisions, wave alarms and site risk (issue 4).

-- The version of each incident the detection last processed: what is behind after a crash or an
-- import made by the command line is found and processed at the next start.
ALTER TABLE incidents ADD COLUMN analysed_version integer;
CREATE INDEX incidents_pending_analysis_idx ON incidents (id) WHERE analysed_version IS DISTINCT FROM version;

-- Signature aliases analysts maintain: "ddpm" is read as "ddpf" when linking.
CREATE TABLE signature_aliases (
  alias text PRIMARY KEY,
  canonical text NOT NULL,
  note text,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (alias <> canonical)
);

-- One row per linked pair, a < b; the evidence explains the score.
CREATE TABLE incident_links (
  a uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  b uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  score double precision NOT NULL,
  grade_weight double precision NOT NULL,
  evidence jsonb NOT NULL,
  explanation text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (a, b),
  CHECK (a < b)
);
CREATE INDEX incident_links_b_idx ON incident_links (b);

CREATE TABLE campaigns (
  id uuid PRIMARY KEY,
  -- the clustering's stable key (carried over from run to run and by analysts' decisions)
  key text NOT NULL UNIQUE,
  state text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'confirmed', 'dismissed')),
  start_at timestamptz NOT NULL,
  end_at timestamptz NOT NULL,
  sites text[] NOT NULL DEFAULT '{}',
  shared_signatures jsonb NOT NULL DEFAULT '[]',
  confidence double precision NOT NULL,
  explanation text NOT NULL,
  facts jsonb NOT NULL DEFAULT '{}',
  -- the wave tests of the campaign: Poisson scan, Hawkes test (see docs/detection.md)
  significance jsonb,
  dismissed_reason text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX campaigns_time_idx ON campaigns (end_at DESC);

CREATE TABLE campaign_members (
  campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  PRIMARY KEY (campaign_id, incident_id)
);
CREATE INDEX campaign_members_incident_idx ON campaign_members (incident_id);

-- Analyst decisions, replayed by every later clustering run.
CREATE TABLE campaign_decisions (
  id uuid PRIMARY KEY,
  campaign_id uuid REFERENCES campaigns (id) ON DELETE SET NULL,
  -- the decision as the clustering reads it (campaign keys and incident ids), replayed in order
  kind text NOT NULL CHECK (kind IN ('confirm', 'dismiss', 'split', 'merge', 'exclude')),
  payload jsonb NOT NULL,
  reason text,
  decided_by uuid,
  decided_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE wave_alarms (
  id uuid PRIMARY KEY,
  campaign_id uuid REFERENCES campaigns (id) ON DELETE SET NULL,
  method text NOT NULL CHECK (method IN ('poisson_scan', 'permutation_scan', 'hawkes')),
  statistic double precision NOT NULL,
  p_value double precision NOT NULL,
  recurrence_years double precision,
  window_start timestamptz NOT NULL,
  window_end timestamptz NOT NULL,
  sites text[] NOT NULL DEFAULT '{}',
  incident_ids uuid[] NOT NULL DEFAULT '{}',
  details jsonb NOT NULL DEFAULT '{}',
  explanation text NOT NULL,
  raised_at timestamptz NOT NULL DEFAULT now(),
  -- one alarm per campaign and method: later runs update it
  UNIQUE (campaign_id, method)
);
CREATE INDEX wave_alarms_raised_idx ON wave_alarms (raised_at DESC);
