-- Add one inferred bridge as a transfer (inferred = true, no source file or row).
-- params: $tx_id, $ts (TIMESTAMP text), $from_account, $to_account, $amount, $currency,
--         $amount_received, $currency_received, $value_out, $value_in, $reference, $load_seq
INSERT INTO transfer_records (tx_id, ts, from_account, to_account, amount, currency, amount_received, currency_received,
  value_out, value_in, channel, reference, inferred, load_seq)
VALUES ($tx_id, CAST($ts AS TIMESTAMP), $from_account, $to_account, CAST($amount AS DECIMAL(18,2)), $currency,
  CAST($amount_received AS DECIMAL(18,2)), $currency_received, CAST($value_out AS DECIMAL(18,2)), CAST($value_in AS DECIMAL(18,2)),
  'hawala (inferred)', $reference, true, $load_seq);
