-- Benchmark only: every synthetic transfer fully tainted in run $run_id, hop from its shape
-- (the run's key must exist: trace/run_key_add).
-- params: $run_id VARCHAR, $n INTEGER
INSERT INTO trace_transfer_rows (run_key, load_seq, tainted, tainted_in, hop, beyond_horizon, below_threshold, fees)
SELECT k.run_key, t.load_seq, CAST(t.value_out AS DOUBLE), CAST(t.value_in AS DOUBLE),
       CASE WHEN t.load_seq < greatest(3, $n // 20) THEN 0 WHEN t.load_seq % 4 IN (0, 1) THEN 1
            WHEN t.load_seq % 4 = 2 THEN 2 + t.load_seq % 3 ELSE 2 END, 0, 0, 0
FROM transfer_records t, (SELECT run_key FROM trace_run_keys WHERE run_id = $run_id) k;
