-- The shipped wave rule acts only on alarms whose strongest window ended in the last 14 days of the
-- data, as the incident rules do: a first detection over years of history raised a critical alert
-- today, with its tasks and postures "renforcé", on a campaign of twenty-two months before.
-- A rule a supervisor already gave an age keeps it.
UPDATE alert_rules
SET params = params || '{"max_age_days": 14}'::jsonb
WHERE id = '00000000-0000-4000-8000-00000000a001' AND NOT params ? 'max_age_days';
