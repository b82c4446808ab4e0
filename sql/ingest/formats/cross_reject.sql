-- The staged rows merged into a loaded transfer (cross_matches, status 'merged') become rows
-- the reader rejects, quarantined with reason_code 'merged': value is the id of the transfer
-- they were merged into, raw the row as given. cross_unstage then removes them from
-- stage_transfers, so each row is staged once.
-- Parameters: none.
INSERT INTO stage_rejects (source_row, raw, column_name, value, reason_code, reason)
SELECT s.source_row,
  coalesce(s.raw, json_object('tx_id', s.tx_id, 'timestamp', s."timestamp", 'from_account', s.from_account,
    'to_account', s.to_account, 'amount', s.amount, 'currency', s.currency, 'amount_received', s.amount_received,
    'currency_received', s.currency_received, 'channel', s.channel, 'reference', s.reference,
    'balance_after_from', s.balance_after_from, 'balance_after_to', s.balance_after_to)::VARCHAR),
  'tx_id', m.tx_id, 'merged',
  'merged into ' || m.tx_id || ', the same transfer from another record (' || m.confidence || ' confidence): ' || m.reasons
FROM cross_matches m JOIN stage_transfers s USING (source_row)
WHERE m.status = 'merged'
ORDER BY s.source_row
