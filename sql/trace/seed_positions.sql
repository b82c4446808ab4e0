-- The load_seq of every seed transfer (the allocation pass flags them itself).
-- columns: load_seq DOUBLE
SELECT t.load_seq::DOUBLE AS load_seq FROM trace_seed_ids s JOIN transfer_records t USING (tx_id) ORDER BY 1;
