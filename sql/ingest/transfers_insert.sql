-- Load the staged transfer rows that passed every check. load_seq continues the case's read
-- order: the previous maximum plus the row's data row, so file order then row order (or the
-- reader's stage_order position, for statements listed newest first).
-- params: $source_id INTEGER, $seq_base BIGINT
INSERT INTO transfer_records (tx_id, ts, from_account, to_account, amount, currency, amount_received,
  currency_received, value_out, value_in, fx_rate_out, fx_rate_in, fx_source, channel, reference,
  balance_after_from, balance_after_to, inferred, source_id, source_row, load_seq)
SELECT tx_id, ts, from_account, to_account, amount_c, cur, received_c, cur_in, value_out, value_in,
       rate_out, rate_in, fx_source, channel, reference, bal_from, bal_to, false,
       $source_id, source_row,
       $seq_base + coalesce((SELECT o.seq FROM stage_order o WHERE o.source_row = checked_transfers.source_row), source_row)
FROM checked_transfers
WHERE fail_code IS NULL
ORDER BY source_row;
