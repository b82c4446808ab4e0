-- Benchmark only: per-account sums of the synthetic run (retained = in - out, at least 0).
-- params: $run_id VARCHAR
INSERT INTO trace_account_rows (run_key, account_key, tainted_in, tainted_out, retained, unexplained_out, exited, first_hop, first_seq, last_seq)
WITH io AS (
  SELECT t.to_account AS a, x.tainted_in AS i, 0.0 AS o, x.hop + 1 AS h, t.ts, t.load_seq FROM trace_transfers x JOIN transfer_records t USING (tx_id) WHERE x.run_id = $run_id
  UNION ALL
  SELECT t.from_account, 0.0, x.tainted, NULL, t.ts, t.load_seq FROM trace_transfers x JOIN transfer_records t USING (tx_id) WHERE x.run_id = $run_id AND x.hop > 0
)
SELECT k.run_key, ac.account_key, sum(i), sum(o), greatest(0, sum(i) - sum(o)), greatest(0, sum(o) - sum(i)),
       CASE WHEN a LIKE 'agent:%' THEN sum(i) ELSE 0 END, min(h) - 1, arg_min(load_seq, (ts, load_seq)), arg_max(load_seq, (ts, load_seq))
FROM io JOIN account_records ac ON ac.account_id = io.a, (SELECT run_key FROM trace_run_keys WHERE run_id = $run_id) k
GROUP BY k.run_key, ac.account_key, a HAVING sum(i) > 0;
