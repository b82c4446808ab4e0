-- Keep every match of this file as evidence (transfer_matches): merged rows and the candidates
-- of rows that fit several loaded transfers (to confirm).
-- Parameters: $source_id.
INSERT INTO transfer_matches
SELECT $source_id, source_row, row_tx_id, tx_id, status, match_kind, confidence, reasons
FROM cross_matches ORDER BY source_row, tx_id
