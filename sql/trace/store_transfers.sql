-- Store the engine's per-transfer results (keyed by load_seq) under their tx ids.
-- params: $run_id VARCHAR
INSERT INTO trace_transfers (run_id, tx_id, tainted, tainted_in, hop, hops, beyond_horizon, below_threshold, fees)
SELECT $run_id, t.tx_id, o.tainted, o.tainted_in, o.hop, o.hops, o.beyond_horizon, o.below_threshold, o.fees
FROM trace_out_transfers o JOIN transfer_records t USING (load_seq);
