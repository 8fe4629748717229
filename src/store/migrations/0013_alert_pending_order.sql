-- The alert rules read the incidents they have not seen yet in time order (alert.repository.ts,
-- pendingIncidents). With only the partial index on id, PostgreSQL walked the whole time index of a
-- million incidents looking for the few pending ones; this partial index holds just those, in order.
DROP INDEX incidents_pending_alerts_idx;
CREATE INDEX incidents_pending_alerts_idx ON incidents (occurred_start) WHERE alerted_version IS DISTINCT FROM version;
