-- One transfer as a match candidate (for a match the investigator confirmed that the date
-- window or amount bounds would not have proposed).
-- params: $tx_id VARCHAR
-- columns: as statements/candidates
SELECT * EXCLUDE (ts_raw, load_seq, inferred) FROM match_candidates WHERE tx_id = $tx_id;
