-- Text intake (issue 5): articles read by the extraction, the candidates they yield for review,
-- and the RSS/Atom feeds polled for new articles.

CREATE TABLE feeds (
  id uuid PRIMARY KEY,
  url text NOT NULL UNIQUE,
  title text,
  poll_minutes integer NOT NULL DEFAULT 60 CHECK (poll_minutes BETWEEN 1 AND 10080),
  -- a trusted feed's candidates at or above trust_threshold are accepted without an analyst
  trusted boolean NOT NULL DEFAULT false,
  trust_threshold double precision NOT NULL DEFAULT 0.8 CHECK (trust_threshold BETWEEN 0 AND 1),
  -- the grades its articles receive as sources (Admiralty scale)
  reliability text NOT NULL DEFAULT 'C' CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
  credibility integer NOT NULL DEFAULT 3 CHECK (credibility BETWEEN 1 AND 6),
  marking text NOT NULL DEFAULT 'AMBER' CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
  owner_org_id uuid NOT NULL REFERENCES organisations (id),
  created_by uuid,
  enabled boolean NOT NULL DEFAULT true,
  last_polled_at timestamptz,
  last_status text CHECK (last_status IN ('ok', 'error')),
  last_error text,
  -- items in the last poll, new among them, and new items since the feed was added
  items_seen integer NOT NULL DEFAULT 0,
  items_new integer NOT NULL DEFAULT 0,
  items_total integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE articles (
  id uuid PRIMARY KEY,
  url text,
  -- SHA-256 of the plain text with spaces folded: the same article pasted twice is stored once
  content_hash text NOT NULL UNIQUE,
  title text,
  language text NOT NULL CHECK (language IN ('fr', 'en')),
  -- the date or date-time relative expressions were resolved against, as given
  published text NOT NULL,
  text text NOT NULL,
  format text NOT NULL CHECK (format IN ('text', 'html', 'rss', 'atom')),
  source_kind text NOT NULL DEFAULT 'press',
  reliability text NOT NULL DEFAULT 'F' CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
  credibility integer NOT NULL DEFAULT 6 CHECK (credibility BETWEEN 1 AND 6),
  feed_id uuid REFERENCES feeds (id) ON DELETE SET NULL,
  owner_org_id uuid NOT NULL REFERENCES organisations (id),
  marking text NOT NULL DEFAULT 'AMBER' CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
  compartments text[] NOT NULL DEFAULT '{}',
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX articles_url_idx ON articles (url) WHERE url IS NOT NULL;
CREATE INDEX articles_feed_idx ON articles (feed_id, created_at);

-- What the extraction proposes from an article; nothing reaches the incident base without a decision.
CREATE TABLE article_candidates (
  id uuid PRIMARY KEY,
  article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  position integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('incident', 'seizure')),
  -- same site and same night give the same key within one extraction
  key text NOT NULL,
  draft jsonb NOT NULL,
  evidence jsonb NOT NULL DEFAULT '[]',
  confidence double precision NOT NULL,
  notes jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'merged', 'rejected')),
  -- null with a decision: taken by the system for a trusted feed
  decided_by uuid,
  decided_at timestamptz,
  decision_reason text,
  -- the incident or seizure created (accepted) or corroborated (merged)
  result_id uuid,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (article_id, position)
);
CREATE INDEX article_candidates_queue_idx ON article_candidates (status, created_at DESC, id DESC);
