-- How many inferred links (hawala bridges, in no record) a stored run followed, and their
-- lowest and highest confidence.
-- params: $run_id VARCHAR
-- columns: n, min_confidence, max_confidence
SELECT count(*) AS n, min(h.confidence) AS min_confidence, max(h.confidence) AS max_confidence
FROM hawala_bridges h -- the only writer of inferred transfers (sql/hawala/insert_bridge.sql)
JOIN transfer_records t USING (tx_id)
JOIN trace_transfer_rows r USING (load_seq)
JOIN trace_run_keys k USING (run_key)
WHERE k.run_id = $run_id AND t.inferred;
