-- Notifications (issue 6): the events of Vigie (alerts, posture, tasks, wave alarms, new incidents),
-- who has read them, and the webhook and e-mail deliveries they cause. Deliveries are an outbox:
-- written in the same transaction as their event, sent by a dispatcher, so none is lost on restart.

CREATE TABLE notification_events (
  -- the position in the stream: SSE clients resume after it (Last-Event-ID)
  sequence bigserial PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  type text NOT NULL,
  subject_id text NOT NULL,
  severity text NOT NULL CHECK (severity IN ('info', 'low', 'medium', 'high', 'critical')),
  title text NOT NULL,
  title_en text,
  -- the presented subject, as webhooks carry it (never STAFF details)
  payload jsonb NOT NULL,
  -- users notified directly besides subscribers (assignee, escalation)
  user_ids text[] NOT NULL DEFAULT '{}',
  owner_org_id uuid NOT NULL,
  marking text NOT NULL CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
  compartments text[] NOT NULL DEFAULT '{}',
  created_by uuid,
  occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notification_events_subject_idx ON notification_events (subject_id);

-- A user's reads: everything up to read_through is read, and single events after it.
CREATE TABLE notification_cursors (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  read_through bigint NOT NULL DEFAULT 0
);
CREATE TABLE notification_reads (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  event_id uuid NOT NULL REFERENCES notification_events (id) ON DELETE CASCADE,
  read_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, event_id)
);

CREATE TABLE webhook_subscriptions (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  url text NOT NULL,
  -- the HMAC secret, sealed with the master key (shown once at creation)
  secret_sealed text NOT NULL,
  secret_prefix text NOT NULL,
  -- empty: every type
  event_types text[] NOT NULL DEFAULT '{}',
  min_severity text NOT NULL DEFAULT 'info' CHECK (min_severity IN ('info', 'low', 'medium', 'high', 'critical')),
  enabled boolean NOT NULL DEFAULT true,
  owner_org_id uuid NOT NULL REFERENCES organisations (id),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE webhook_deliveries (
  id uuid PRIMARY KEY,
  subscription_id uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
  event_id uuid NOT NULL REFERENCES notification_events (id) ON DELETE CASCADE,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'dead')),
  attempts integer NOT NULL DEFAULT 0,
  -- when the next attempt is due; while an attempt runs, the end of its lease
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_status integer,
  last_error text,
  delivered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE state = 'pending';
CREATE INDEX webhook_deliveries_subscription_idx ON webhook_deliveries (subscription_id, created_at);

-- Every attempt, for the deliveries page.
CREATE TABLE webhook_delivery_attempts (
  id bigserial PRIMARY KEY,
  delivery_id uuid NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
  attempt integer NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  status integer,
  error text,
  duration_ms integer NOT NULL
);
CREATE INDEX webhook_delivery_attempts_delivery_idx ON webhook_delivery_attempts (delivery_id, attempt);

-- E-mail to an address: with a user, what that user may read; without, what its organisation
-- shares with an analyst (never RED, never STAFF).
CREATE TABLE mail_subscriptions (
  id uuid PRIMARY KEY,
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  address text NOT NULL,
  event_types text[] NOT NULL DEFAULT '{}',
  min_severity text NOT NULL DEFAULT 'high' CHECK (min_severity IN ('info', 'low', 'medium', 'high', 'critical')),
  enabled boolean NOT NULL DEFAULT true,
  owner_org_id uuid NOT NULL REFERENCES organisations (id),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY,
  subscription_id uuid REFERENCES mail_subscriptions (id) ON DELETE CASCADE,
  event_id uuid NOT NULL REFERENCES notification_events (id) ON DELETE CASCADE,
  recipient text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'dead')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE state = 'pending';
