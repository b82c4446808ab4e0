-- Transfer ids for the engine's load_seq keys (a bounded set, e.g. trajectory paths).
-- params: $seqs BIGINT[]
-- columns: load_seq, tx_id
SELECT load_seq, tx_id FROM transfer_records WHERE load_seq IN (SELECT unnest($seqs::BIGINT[]));
