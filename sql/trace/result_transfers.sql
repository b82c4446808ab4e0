-- A stored run's transfers in processing order, with their source file and row (provenance).
-- inferred links (hawala bridges, in no record) carry their bridge's confidence.
-- params: $run_id VARCHAR
-- columns: tx_id, timestamp, from_account, to_account, tainted, tainted_in, hop, hops, beyond_horizon, below_threshold, fees, source_file, source_row, inferred, inferred_confidence
SELECT r.tx_id, strftime(t.ts, '%Y-%m-%dT%H:%M:%SZ') AS timestamp, t.from_account, t.to_account,
       r.tainted, r.tainted_in, r.hop, r.hops, r.beyond_horizon, r.below_threshold, r.fees,
       s.path AS source_file, t.source_row, t.inferred, h.confidence AS inferred_confidence
FROM trace_transfers r JOIN transfer_records t USING (tx_id) LEFT JOIN sources s USING (source_id)
LEFT JOIN hawala_bridges h ON h.tx_id = r.tx_id
WHERE r.run_id = $run_id
ORDER BY t.ts, t.load_seq;
