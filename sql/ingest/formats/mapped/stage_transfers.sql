-- Completed mapped rows → stage_transfers (the row as given, JSON, is raw).
-- Parameters: none.
INSERT INTO stage_transfers
SELECT n, j::VARCHAR, tx_id, ts_text, from_account, to_account, amount, currency, amount_received,
  currency_received, channel_v, reference_v, balance_after_from, balance_after_to
FROM mapped_lines WHERE completed
ORDER BY n
