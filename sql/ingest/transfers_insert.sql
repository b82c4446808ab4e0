-- Load the staged transfer rows that passed every check. load_seq continues the case's read
-- order: the previous maximum plus the row's data row, so file order then row order (or the
-- reader's stage_order position, for statements listed newest first).
-- params: $source_id INTEGER, $seq_base BIGINT
INSERT INTO transfer_records (tx_id, ts, from_account, to_account, amount, currency, amount_received,
  currency_received, value_out, value_in, fx_rate_out, fx_rate_in, fx_source, channel, reference,
  balance_after_from, balance_after_to, inferred, source_id, source_row, load_seq)
SELECT c.tx_id, c.ts, c.from_account, c.to_account, c.amount_c, c.cur, c.received_c, c.cur_in, c.value_out, c.value_in,
       c.rate_out, c.rate_in, c.fx_source, c.channel, c.reference, c.bal_from, c.bal_to, false,
       $source_id, c.source_row, $seq_base + coalesce(o.seq, c.source_row)
FROM checked_transfers c LEFT JOIN stage_order o ON o.source_row = c.source_row
WHERE c.fail_code IS NULL;
