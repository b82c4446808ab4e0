-- Builds temp table detect_tx: the transfers detection looks at (those touching an account in
-- scope), with both sides' kind and country. value_in/value_out stay DECIMAL so every sum
-- detection makes is exact and independent of thread order (same input, same scores).
-- params: $include_inferred BOOLEAN
-- columns: tx_id, ts, load_seq, from_account, to_account, value_out, value_in, amount,
--          currency, from_kind, to_kind, from_country, to_country
CREATE OR REPLACE TEMP TABLE detect_tx AS
SELECT t.tx_id, t.ts, t.load_seq, t.from_account, t.to_account, t.value_out, t.value_in,
       t.amount, t.currency, f.kind AS from_kind, r.kind AS to_kind,
       f.country AS from_country, r.country AS to_country
FROM transfer_records t
LEFT JOIN detect_acct f ON f.account_id = t.from_account
LEFT JOIN detect_acct r ON r.account_id = t.to_account
WHERE (NOT t.inferred OR $include_inferred)
  AND t.from_account <> t.to_account
  AND (f.in_scope OR r.in_scope);
