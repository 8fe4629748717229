-- Every test of a campaign against the usual rates, once per campaign and size: the evaluation
-- rate E of the recurrence interval ("once in N years") is counted from these, not assumed.
CREATE TABLE wave_evaluations (
  campaign_key text NOT NULL,
  members integer NOT NULL,
  -- the prospective time of the test: the campaign's latest member
  evaluated_at timestamptz NOT NULL,
  p_value double precision NOT NULL,
  PRIMARY KEY (campaign_key, members)
);
CREATE INDEX wave_evaluations_at_idx ON wave_evaluations (evaluated_at);

-- A campaign's alarm may rest on the burst of its signature across sites.
ALTER TABLE wave_alarms DROP CONSTRAINT wave_alarms_method_check;
ALTER TABLE wave_alarms ADD CONSTRAINT wave_alarms_method_check CHECK (method IN ('poisson_scan', 'signature_burst', 'permutation_scan', 'hawkes'));
