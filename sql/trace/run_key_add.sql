-- Give a run id its integer key: one more than the largest so far.
-- params: $run_id VARCHAR
-- columns: run_key INTEGER
INSERT INTO trace_run_keys (run_key, run_id) SELECT coalesce(max(run_key), 0) + 1, $run_id FROM trace_run_keys
RETURNING run_key;
