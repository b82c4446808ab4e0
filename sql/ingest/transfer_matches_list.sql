-- Rows of one file that show a transfer loaded from another record (transfer_matches): merged
-- into it, or candidates to confirm; for `flowtrace sources`. In file order, then row, then id.
-- Parameters: none. Columns: source_id, file, row, row_tx_id, tx_id, status, match_kind, confidence, reasons.
SELECT m.source_id, s.path AS file, m.source_row AS "row", m.row_tx_id, m.tx_id, m.status, m.match_kind, m.confidence, m.reasons
FROM transfer_matches m JOIN sources s USING (source_id)
ORDER BY m.source_id, m.source_row, m.tx_id
