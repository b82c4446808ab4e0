-- How many inferred links (hawala bridges, in no record) a stored run followed, and their
-- lowest and highest confidence.
-- params: $run_id VARCHAR
-- columns: n, min_confidence, max_confidence
SELECT count(*) AS n, min(h.confidence) AS min_confidence, max(h.confidence) AS max_confidence
FROM trace_transfers r JOIN transfer_records t USING (tx_id) LEFT JOIN hawala_bridges h ON h.tx_id = r.tx_id
WHERE r.run_id = $run_id AND t.inferred;
