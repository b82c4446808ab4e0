-- The integer key a run's result rows are stored under (trace_run_keys), if it has one.
-- params: $run_id VARCHAR
-- columns: run_key INTEGER
SELECT run_key FROM trace_run_keys WHERE run_id = $run_id;
