-- Look every seed id up in transfer_records once (one pass over the case's tx ids): the load_seq
-- of each transfer it names, NULL where it names none. trace/seed_ids_unknown,
-- trace/seed_positions, trace/reach_probe and trace/forward_flows* read this instead of
-- joining transfer_records again.
INSERT INTO trace_seed_pos SELECT s.tx_id, t.load_seq FROM trace_seed_ids s LEFT JOIN transfer_records t USING (tx_id);
