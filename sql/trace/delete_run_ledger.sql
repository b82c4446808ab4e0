-- Remove a run's ledger rows, so re-running the same trace (same run id) replaces them.
-- params: $run_key INTEGER
DELETE FROM trace_ledger_rows WHERE run_key = $run_key;
