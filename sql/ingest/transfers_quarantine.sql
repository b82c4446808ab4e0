-- Quarantine the staged transfer rows that failed a check, with the column to blame, its
-- value as given, and the reason in words. raw is the row as the format gave it, or else a
-- JSON object of the staged columns. The text comes from stage_transfers (checked_transfers
-- keeps only what loading needs).
-- params: $source_id INTEGER, $reporting VARCHAR
INSERT INTO quarantine (source_id, source_row, column_name, value, reason_code, reason, raw)
SELECT $source_id, c.source_row, c.fail_column,
  CASE c.fail_column
    WHEN 'tx_id' THEN s.tx_id WHEN 'timestamp' THEN s."timestamp" WHEN 'from_account' THEN s.from_account
    WHEN 'to_account' THEN s.to_account WHEN 'amount' THEN s.amount WHEN 'currency' THEN s.currency
    WHEN 'amount_received' THEN s.amount_received WHEN 'currency_received' THEN coalesce(s.currency_received, s.currency)
    WHEN 'balance_after_from' THEN s.balance_after_from WHEN 'balance_after_to' THEN s.balance_after_to END,
  c.fail_code,
  CASE c.fail_code
    WHEN 'missing_tx_id' THEN 'missing transaction id'
    WHEN 'missing_timestamp' THEN 'missing timestamp'
    WHEN 'bad_timestamp' THEN 'unparseable or impossible timestamp (ISO 8601 expected, e.g. 2024-03-05T08:30:00Z; years 1900-2099, offsets up to +/-14:00)'
    WHEN 'missing_account' THEN 'missing account'
    WHEN 'missing_amount' THEN 'missing amount'
    WHEN 'bad_amount' THEN 'not a plain decimal amount with at most 2 decimal places (digits and a point: no exponent, no _)'
    WHEN 'amount_too_large' THEN 'amount or its value in ' || $reporting || ' is 10^12 or more (beyond what the case adds up exactly)'
    WHEN 'non_positive_amount' THEN 'amount is not positive'
    WHEN 'missing_currency' THEN 'missing currency'
    WHEN 'unknown_currency' THEN 'unknown currency code (not in ISO 4217)'
    WHEN 'bad_balance' THEN 'balance is not a decimal amount with at most 2 decimal places, below 10^12'
    WHEN 'duplicate_tx' THEN 'duplicate transaction id (the first one stays)'
    WHEN 'no_fx_rate' THEN 'no FX rate into ' || $reporting || ' on or before ' || strftime(c.ts, '%Y-%m-%d')
  END,
  coalesce(s.raw, json_object('tx_id', s.tx_id, 'timestamp', s."timestamp", 'from_account', s.from_account,
    'to_account', s.to_account, 'amount', s.amount, 'currency', s.currency, 'amount_received', s.amount_received,
    'currency_received', s.currency_received, 'channel', s.channel, 'reference', s.reference,
    'balance_after_from', s.balance_after_from, 'balance_after_to', s.balance_after_to)::VARCHAR)
-- both sides cut down to the failed rows first, so the join never hashes all staged rows
FROM (SELECT * FROM checked_transfers WHERE fail_code IS NOT NULL) c
JOIN (SELECT * FROM stage_transfers
      WHERE source_row IN (SELECT source_row FROM checked_transfers WHERE fail_code IS NOT NULL)) s
  USING (source_row);
