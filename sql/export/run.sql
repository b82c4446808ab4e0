-- One trace run's description.
-- params: $run_id VARCHAR
-- columns: run_id, method, direction, options (JSON), seeds (JSON)
SELECT run_id, method, direction, options, seeds FROM trace_runs WHERE run_id = $run_id;
