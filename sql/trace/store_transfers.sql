-- Store the engine's per-transfer results (keyed by pos) under their tx ids; hops (JSON)
-- only where a transfer mixes taint of several hops.
-- params: $run_id VARCHAR
INSERT INTO trace_transfers (run_id, tx_id, tainted, tainted_in, hop, hops, beyond_horizon, below_threshold, fees)
SELECT $run_id, i.tx_id, o.tainted, o.tainted_in, o.hop, h.hops, o.beyond_horizon, o.below_threshold, o.fees
FROM trace_out_transfers o
JOIN trace_out_ids i USING (pos)
LEFT JOIN (
  SELECT pos, '{' || string_agg('"' || hop::VARCHAR || '":' || amount::VARCHAR, ',' ORDER BY hop) || '}' AS hops
  FROM trace_out_hops GROUP BY pos
) h USING (pos);
