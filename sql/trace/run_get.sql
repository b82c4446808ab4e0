-- One stored run.
-- params: $run_id VARCHAR
-- columns: run_id, method, direction, options, seeds, sources, totals, tool_version, started_at, finished_at
SELECT * FROM trace_runs WHERE run_id = $run_id;
