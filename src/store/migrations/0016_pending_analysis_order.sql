-- The detection takes the incidents it has not analysed oldest write first (issue 9, bench:load): in
-- id order, which is random for UUIDs, an incident could wait behind thousands written after it. The
-- partial index holds only the pending rows, as the one it replaces did.
CREATE INDEX incidents_pending_analysis_order_idx ON incidents (updated_at, id) WHERE analysed_version IS DISTINCT FROM version;
DROP INDEX incidents_pending_analysis_idx;
