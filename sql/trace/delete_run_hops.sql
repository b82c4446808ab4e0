-- Remove a run's per-hop amounts of mixed transfers (see trace/delete_run_transfers).
-- params: $run_key INTEGER
DELETE FROM trace_transfer_hops WHERE run_key = $run_key;
