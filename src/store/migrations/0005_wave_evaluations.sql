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
