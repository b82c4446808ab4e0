-- Remove a run's per-account rows, so re-running the same trace (same run id) replaces them.
-- params: $run_key INTEGER
DELETE FROM trace_account_rows WHERE run_key = $run_key;
