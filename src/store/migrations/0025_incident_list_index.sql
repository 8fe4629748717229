-- The incident list and its count read only the index (issue 19): newest first with the columns the
-- read scope and the period filter test, so a 30-day page and its count need not visit the table.
CREATE INDEX incidents_list_covering_idx ON incidents (occurred_start DESC, id DESC)
  INCLUDE (occurred_end, marking, owner_org_id, created_by, compartments);
