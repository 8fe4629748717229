-- The list, the map and their counts select a period by overlap: occurred_end > from AND
-- occurred_start < to (incident.repository.ts, applyFilter). Only occurred_start was indexed, and a
-- recent period's `occurred_start < to` holds for nearly every row, so counting the incidents of the
-- last month read the whole table (a million rows: a sequential scan per request). The end bound is
-- the selective one for recent periods; this index lets PostgreSQL read just those rows.
CREATE INDEX incidents_occurred_end_idx ON incidents (occurred_end);
