-- Version 1 to 2: per-transfer results under (run_key, load_seq). A row whose tx id is no
-- longer in the case (an inferred link removed by a later `flowtrace hawala`) was already
-- invisible to every reader, which joined transfer_records by id; it is not carried over.
-- params: none
INSERT INTO trace_transfer_rows (run_key, load_seq, tainted, tainted_in, hop, beyond_horizon, below_threshold, fees)
SELECT k.run_key, t.load_seq, v.tainted, v.tainted_in, v.hop, v.beyond_horizon, v.below_threshold, v.fees
FROM trace_transfers_v1 v JOIN trace_run_keys k USING (run_id) JOIN transfer_records t USING (tx_id);
