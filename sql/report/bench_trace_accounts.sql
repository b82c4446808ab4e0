-- Benchmark only: per-account sums of the synthetic run (retained = in - out, at least 0).
-- params: $run_id VARCHAR
INSERT INTO trace_accounts (run_id, account_id, tainted_in, tainted_out, retained, unexplained_out, exited, first_hop, first_seen, last_seen)
WITH io AS (
  SELECT t.to_account AS a, x.tainted_in AS i, 0.0 AS o, x.hop + 1 AS h, t.ts FROM trace_transfers x JOIN transfer_records t USING (tx_id) WHERE x.run_id = $run_id
  UNION ALL
  SELECT t.from_account, 0.0, x.tainted, NULL, t.ts FROM trace_transfers x JOIN transfer_records t USING (tx_id) WHERE x.run_id = $run_id AND x.hop > 0
)
SELECT $run_id, a, sum(i), sum(o), greatest(0, sum(i) - sum(o)), greatest(0, sum(o) - sum(i)),
       CASE WHEN a LIKE 'agent:%' THEN sum(i) ELSE 0 END, min(h) - 1, min(ts), max(ts)
FROM io GROUP BY a HAVING sum(i) > 0;
