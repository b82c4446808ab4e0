-- A stored run's transfers in processing order, with their source file and row (provenance).
-- inferred links (hawala bridges, in no record) carry their bridge's confidence.
-- params: $run_id VARCHAR
-- columns: tx_id, timestamp, from_account, to_account, tainted, tainted_in, hop, hops, beyond_horizon, below_threshold, fees, source_file, source_row, inferred, inferred_confidence
WITH k AS (SELECT run_key FROM trace_run_keys WHERE run_id = $run_id),
hops AS (
  SELECT load_seq, '{' || string_agg('"' || hop::VARCHAR || '":' || amount::VARCHAR, ',' ORDER BY hop) || '}' AS hops
  FROM trace_transfer_hops JOIN k USING (run_key) GROUP BY load_seq
)
SELECT t.tx_id, strftime(t.ts, '%Y-%m-%dT%H:%M:%SZ') AS timestamp, t.from_account, t.to_account,
       r.tainted, r.tainted_in, r.hop, h.hops, r.beyond_horizon, r.below_threshold, r.fees,
       s.path AS source_file, t.source_row, t.inferred, b.confidence AS inferred_confidence
FROM trace_transfer_rows r JOIN k USING (run_key)
JOIN transfer_records t USING (load_seq)
LEFT JOIN hops h USING (load_seq)
LEFT JOIN sources s USING (source_id)
LEFT JOIN hawala_bridges b ON b.tx_id = t.tx_id
ORDER BY t.ts, t.load_seq;
