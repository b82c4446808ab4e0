-- Remove a run's rows from trace_transfers, so re-running the same trace (same run id) replaces them.
-- params: $run_id VARCHAR
DELETE FROM trace_transfers WHERE run_id = $run_id;
