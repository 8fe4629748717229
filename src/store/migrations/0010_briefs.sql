-- Daily briefs (issue 8): the brief of a date for an audience organisation, archived as Markdown and
-- self-contained HTML, searchable. One brief per (date, audience): instances sharing one PostgreSQL
-- insert it with ON CONFLICT DO NOTHING, so the scheduled run generates it once.

CREATE TABLE briefs (
  id uuid PRIMARY KEY,
  -- the local (Europe/Paris) date, YYYY-MM-DD: text, so no driver shifts it by a time zone
  brief_date text NOT NULL CHECK (brief_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  -- the organisation whose readers the brief was built for (what it shows is what they may read)
  audience_org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  language text NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
  title text NOT NULL,
  content_md text NOT NULL,
  content_html text NOT NULL,
  -- the figures the brief states, to compare the next day's with (campaign members, p-values)
  facts jsonb NOT NULL DEFAULT '{}',
  -- the lowercased text searched by GET /api/briefs?q=
  search_text text NOT NULL,
  generated_at timestamptz NOT NULL DEFAULT now(),
  generated_by text NOT NULL,
  owner_org_id uuid NOT NULL,
  marking text NOT NULL DEFAULT 'AMBER+STRICT' CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
  compartments text[] NOT NULL DEFAULT '{}',
  created_by uuid,
  UNIQUE (brief_date, audience_org_id)
);
CREATE INDEX briefs_audience_date_idx ON briefs (audience_org_id, brief_date DESC);
