-- Remove a run's rows from trace_ledger, so re-running the same trace (same run id) replaces them.
-- params: $run_id VARCHAR
DELETE FROM trace_ledger WHERE run_id = $run_id;
