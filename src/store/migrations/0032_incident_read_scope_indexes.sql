-- The incident list as it opens (no filter) counts what the reader may read from two small indexes
-- (issue 19). With no filter, the read scope is the only condition, and its OR over markings can be no
-- index's condition: the analyst's capped count (10,001 rows) walked the smallest covering index and
-- tested every entry (department index, 12,700 entries; 24 ms against 1.7 ms for the same count
-- without scope, an index-only scan of the owner index, at a million incidents under load 23). Written
-- as one branch per marking (incident.repository.ts, `count`), each branch is a range of one of these,
-- read without a filter (5.4 ms against 3.0 ms). They are partial, for readers holding no compartment:
-- the scope's OR form implies neither predicate, so no other query's plan can pick them.
CREATE INDEX incidents_open_idx ON incidents (owner_org_id)
  WHERE compartments = '{}' AND marking IN ('CLEAR', 'GREEN');
CREATE INDEX incidents_restricted_idx ON incidents (marking, owner_org_id, created_by)
  WHERE compartments = '{}' AND marking IN ('AMBER', 'AMBER+STRICT', 'RED');
