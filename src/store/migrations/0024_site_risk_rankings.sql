-- The site risk ranking, computed once by the detector's holder as incidents arrive and on a timer
-- (issue 19, section 4), one row per site and horizon: any instance answers /api/risk and the brief
-- from it with one indexed read. The reasons keep the incidents they count (their evidence), so each
-- reader's counts are recomputed from what it may read (issue 16, item 4).
CREATE TABLE site_risk_rankings (
  horizon_hours integer NOT NULL,
  rank integer NOT NULL,
  site_id text NOT NULL,
  computed_for timestamptz NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now(),
  expected double precision NOT NULL,
  background double precision NOT NULL,
  excitation double precision NOT NULL,
  probability double precision NOT NULL,
  relative_risk double precision NOT NULL,
  factor double precision,
  reasons jsonb NOT NULL,
  PRIMARY KEY (horizon_hours, rank)
);
