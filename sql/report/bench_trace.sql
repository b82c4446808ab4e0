-- Benchmark only: every synthetic transfer fully tainted in run $run_id, hop from its shape.
-- params: $run_id VARCHAR, $n INTEGER
INSERT INTO trace_transfers (run_id, tx_id, tainted, tainted_in, hop, beyond_horizon, below_threshold, fees)
SELECT $run_id, tx_id, CAST(value_out AS DOUBLE), CAST(value_in AS DOUBLE),
       CASE WHEN load_seq < greatest(3, $n // 20) THEN 0 WHEN load_seq % 4 IN (0, 1) THEN 1
            WHEN load_seq % 4 = 2 THEN 2 + load_seq % 3 ELSE 2 END, 0, 0, 0
FROM transfer_records;
