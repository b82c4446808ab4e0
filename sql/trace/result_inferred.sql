-- How many inferred links (hawala bridges, in no record) a stored run followed, and their
-- lowest and highest confidence.
-- params: $run_id VARCHAR
-- columns: n, min_confidence, max_confidence
SELECT count(*) AS n, min(h.confidence) AS min_confidence, max(h.confidence) AS max_confidence
FROM hawala_bridges h -- the only writer of inferred transfers (sql/hawala/insert_bridge.sql): the
JOIN trace_transfers r USING (tx_id) -- join starts from it and costs nothing when a case has no bridges
JOIN transfer_records t USING (tx_id)
WHERE r.run_id = $run_id AND t.inferred;
