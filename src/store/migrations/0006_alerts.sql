-- Alerts, posture levels and response tasks (issue 6): rules and the alerts they raise with their
-- history, the watchlist, posture levels per scope with their history, playbooks and their tasks.

CREATE TABLE alert_rules (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('wave_alarm', 'watchlist', 'staff_threat', 'weapon_at_facility', 'incident_count')),
  name text NOT NULL,
  params jsonb NOT NULL DEFAULT '{}',
  severity text NOT NULL CHECK (severity IN ('info', 'low', 'medium', 'high', 'critical')),
  enabled boolean NOT NULL DEFAULT true,
  -- levels after the first: [{ "after_minutes": 30, "notify": "supervisor" }, ...]
  escalation jsonb NOT NULL DEFAULT '[]',
  -- minutes to acknowledge before the first escalation
  ack_minutes integer NOT NULL DEFAULT 30,
  playbook_id text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE alerts (
  id uuid PRIMARY KEY,
  rule_id uuid NOT NULL REFERENCES alert_rules (id),
  kind text NOT NULL,
  severity text NOT NULL,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'acknowledged', 'resolved', 'dismissed')),
  state_reason text,
  title text NOT NULL,
  explanation text NOT NULL,
  assignee_id uuid,
  campaign_id uuid,
  incident_ids uuid[] NOT NULL DEFAULT '{}',
  sites text[] NOT NULL DEFAULT '{}',
  -- one open alert per rule and subject (campaign, site, signature): a re-firing updates it
  dedup_key text NOT NULL,
  escalation_level integer NOT NULL DEFAULT 0,
  ack_due_at timestamptz,
  owner_org_id uuid NOT NULL,
  marking text NOT NULL,
  compartments text[] NOT NULL DEFAULT '{}',
  created_by uuid,
  opened_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  acknowledged_at timestamptz,
  closed_at timestamptz,
  version integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX alerts_live_dedup_idx ON alerts (dedup_key) WHERE state IN ('open', 'acknowledged');
CREATE INDEX alerts_state_idx ON alerts (state, opened_at DESC);
CREATE INDEX alerts_ack_due_idx ON alerts (ack_due_at) WHERE state = 'open';

CREATE TABLE alert_history (
  id uuid PRIMARY KEY,
  alert_id uuid NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  actor_id uuid,
  actor text NOT NULL,
  action text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX alert_history_alert_idx ON alert_history (alert_id, at);

CREATE TABLE watchlist_entries (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('tag', 'vehicle_plate', 'phone', 'online_handle')),
  value text NOT NULL,
  -- folded like incident signatures (analysis/fold-text.ts normalizeSignature)
  normalized text NOT NULL,
  note text,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (kind, normalized)
);

CREATE TABLE postures (
  id uuid PRIMARY KEY,
  scope text NOT NULL CHECK (scope IN ('national', 'directorate', 'site')),
  -- '' for national, a directorate code or a facility id
  scope_id text NOT NULL,
  level text NOT NULL CHECK (level IN ('normal', 'reinforced', 'high', 'maximal')),
  reason text NOT NULL,
  state text NOT NULL CHECK (state IN ('proposed', 'active', 'superseded', 'expired', 'rejected')),
  set_by uuid,
  set_by_name text NOT NULL,
  owner_org_id uuid NOT NULL,
  alert_id uuid,
  expires_at timestamptz,
  created_at timestamptz NOT NULL,
  decided_at timestamptz,
  decided_by text,
  decision_reason text
);
CREATE INDEX postures_scope_idx ON postures (scope, scope_id, state);

CREATE TABLE playbooks (
  id text PRIMARY KEY,
  name text NOT NULL,
  name_en text NOT NULL,
  trigger_kind text NOT NULL,
  -- [{ "title": "...", "title_en": "...", "due_hours": 2 }]
  tasks jsonb NOT NULL
);

CREATE TABLE tasks (
  id uuid PRIMARY KEY,
  playbook_id text REFERENCES playbooks (id),
  alert_id uuid REFERENCES alerts (id),
  position integer NOT NULL DEFAULT 0,
  title text NOT NULL,
  title_en text,
  owner_org_id uuid NOT NULL,
  marking text NOT NULL,
  compartments text[] NOT NULL DEFAULT '{}',
  created_by uuid,
  assignee_id uuid,
  due_at timestamptz,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'in_progress', 'done', 'cancelled')),
  overdue_notified_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX tasks_alert_idx ON tasks (alert_id);
CREATE INDEX tasks_due_idx ON tasks (due_at) WHERE state IN ('open', 'in_progress');

CREATE TABLE task_comments (
  id uuid PRIMARY KEY,
  task_id uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  author_id uuid,
  author text NOT NULL,
  text text NOT NULL
);
CREATE INDEX task_comments_task_idx ON task_comments (task_id, at);

-- The rules shipped with Vigie; supervisors change their parameters, severity and chain.
INSERT INTO alert_rules (id, kind, name, params, severity, escalation, ack_minutes, playbook_id) VALUES
  ('00000000-0000-4000-8000-00000000a001', 'wave_alarm', 'Vague d''attaques détectée', '{"risk_horizon_hours": 72, "risk_sites": 5}', 'critical',
   '[{"after_minutes": 30, "notify": "supervisor"}, {"after_minutes": 60, "notify": "admin"}]', 15, 'wave'),
  ('00000000-0000-4000-8000-00000000a002', 'staff_threat', 'Menace contre un agent', '{"target_kinds": ["staff_home", "staff_person"], "ignore_event_types": ["assault_on_staff"], "max_age_days": 14}', 'high',
   '[{"after_minutes": 60, "notify": "supervisor"}, {"after_minutes": 120, "notify": "admin"}]', 30, 'staff-threat'),
  ('00000000-0000-4000-8000-00000000a003', 'weapon_at_facility', 'Tirs ou explosif contre un établissement', '{"event_types": ["gunfire", "explosive"], "max_age_days": 14}', 'high',
   '[{"after_minutes": 60, "notify": "supervisor"}]', 30, NULL),
  ('00000000-0000-4000-8000-00000000a004', 'watchlist', 'Signature surveillée revue', '{"max_age_days": 30}', 'medium',
   '[{"after_minutes": 240, "notify": "supervisor"}]', 120, NULL),
  ('00000000-0000-4000-8000-00000000a005', 'incident_count', 'Série d''attaques sur un site', '{"scope": "site", "count": 3, "window_hours": 72, "event_class": "attack", "max_age_days": 14}', 'medium',
   '[{"after_minutes": 240, "notify": "supervisor"}]', 120, NULL),
  ('00000000-0000-4000-8000-00000000a006', 'incident_count', 'Série d''attaques dans une direction interrégionale', '{"scope": "directorate", "count": 5, "window_hours": 72, "event_class": "attack", "max_age_days": 14}', 'high',
   '[{"after_minutes": 120, "notify": "supervisor"}]', 60, NULL);

INSERT INTO playbooks (id, name, name_en, trigger_kind, tasks) VALUES
  ('staff-threat', 'Menace contre un agent', 'Threat against staff', 'staff_threat', '[
    {"title": "Protéger l''agent menacé", "title_en": "Protect the threatened officer", "due_hours": 2},
    {"title": "Informer l''unité de protection des personnels", "title_en": "Inform the staff-protection unit", "due_hours": 4},
    {"title": "Déposer plainte", "title_en": "File a complaint", "due_hours": 24},
    {"title": "Revoir le trajet domicile-travail de l''agent", "title_en": "Review the officer''s commute", "due_hours": 48}
  ]'),
  ('wave', 'Vague d''attaques', 'Wave of attacks', 'wave_alarm', '[
    {"title": "Renforcer les rondes périmétriques des sites à risque : {sites}", "title_en": "Reinforce perimeter patrols at the sites at risk: {sites}", "due_hours": 4},
    {"title": "Escorter les personnels jusqu''à leur véhicule", "title_en": "Escort staff to their cars", "due_hours": 8},
    {"title": "Demander des patrouilles de police", "title_en": "Request police patrols", "due_hours": 4},
    {"title": "Informer les organisations syndicales", "title_en": "Brief the unions", "due_hours": 24}
  ]');

-- Rules look at each incident version once; an existing history raises no alert on upgrade.
ALTER TABLE incidents ADD COLUMN alerted_version integer;
UPDATE incidents SET alerted_version = version;
CREATE INDEX incidents_pending_alerts_idx ON incidents (id) WHERE alerted_version IS DISTINCT FROM version;
