-- Whether a trace run exists (detect --run restricts detection to its accounts).
-- params: $run_id VARCHAR
-- columns: run_id
SELECT run_id FROM trace_runs WHERE run_id = $run_id;
