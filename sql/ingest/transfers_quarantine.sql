-- Quarantine the staged transfer rows that failed a check, with the column to blame, its
-- value as given, and the reason in words. raw is the row as the format gave it, or else a
-- JSON object of the staged columns.
-- params: $source_id INTEGER, $reporting VARCHAR
INSERT INTO quarantine (source_id, source_row, column_name, value, reason_code, reason, raw)
SELECT $source_id, source_row, fail_column,
  CASE fail_column
    WHEN 'tx_id' THEN tx_id WHEN 'timestamp' THEN ts_text WHEN 'from_account' THEN from_account
    WHEN 'to_account' THEN to_account WHEN 'amount' THEN amount WHEN 'currency' THEN currency
    WHEN 'amount_received' THEN amount_received WHEN 'currency_received' THEN coalesce(currency_received, currency)
    WHEN 'balance_after_from' THEN balance_after_from WHEN 'balance_after_to' THEN balance_after_to END,
  fail_code,
  CASE fail_code
    WHEN 'missing_tx_id' THEN 'missing transaction id'
    WHEN 'missing_timestamp' THEN 'missing timestamp'
    WHEN 'bad_timestamp' THEN 'unparseable or impossible timestamp (ISO 8601 expected, e.g. 2024-03-05T08:30:00Z)'
    WHEN 'missing_account' THEN 'missing account'
    WHEN 'missing_amount' THEN 'missing amount'
    WHEN 'bad_amount' THEN 'not a plain decimal amount with at most 2 decimal places'
    WHEN 'non_positive_amount' THEN 'amount is not positive'
    WHEN 'missing_currency' THEN 'missing currency'
    WHEN 'unknown_currency' THEN 'unknown currency code (not in ISO 4217)'
    WHEN 'bad_balance' THEN 'balance is not a decimal amount with at most 2 decimal places'
    WHEN 'duplicate_tx' THEN 'duplicate transaction id (the first one stays)'
    WHEN 'no_fx_rate' THEN 'no FX rate into ' || $reporting || ' on or before ' || strftime(ts, '%Y-%m-%d')
  END,
  coalesce(raw, json_object('tx_id', tx_id, 'timestamp', ts_text, 'from_account', from_account,
    'to_account', to_account, 'amount', amount, 'currency', currency, 'amount_received', amount_received,
    'currency_received', currency_received, 'channel', channel, 'reference', reference,
    'balance_after_from', balance_after_from, 'balance_after_to', balance_after_to)::VARCHAR)
FROM checked_transfers
WHERE fail_code IS NOT NULL;
