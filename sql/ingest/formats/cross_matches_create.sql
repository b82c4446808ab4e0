-- Which staged rows show a transfer already in the case (cross-source reconciliation, see
-- sql/schema/047_transfer_matches.sql and docs/ingest.md):
--  * same_id: the loaded transfer has the row's id, within two days (bank statements give
--    booking dates only), parties that agree (or a stand-in on one side), and the same amount (as sent or as received, in its currency): high
--    confidence; or amounts in other currencies (the sender's bank shows KES debited, the
--    receiver's AED credited): medium, the loaded amounts kept;
--  * payout: no loaded transfer has the row's id, but an operator's or hawala broker's loaded
--    transfer (channel mto or hawala, another id) reached the same account with the same amount
--    received in the same currency, within 15 minutes (a record with a time) or from a day
--    before to two days after its date (a ledger's date-only entry);
--  * deposit: likewise, but the loaded transfer left the same account with the same amount
--    sent (a client paying a hawala broker from his wallet: the ledger's IN entry).
--    The operator's reference / the ledger's entry is the canonical id; the wallet's own
--    receipt is kept with the merged row.
-- A row with one candidate that no other row of this file also fits is 'merged'; otherwise every
-- candidate is listed 'to_confirm'. Rows that fail their own checks are left to them.
-- Parameters: none. Columns: source_row, row_tx_id, tx_id, status, match_kind, confidence, reasons.
CREATE OR REPLACE TEMP TABLE cross_matches AS
WITH s AS (
  SELECT source_row, tx_id, try_cast("timestamp" AS TIMESTAMPTZ)::TIMESTAMP AS ts, from_account, to_account,
    try_cast(amount AS DECIMAL(18,2)) AS amount, currency,
    try_cast(coalesce(amount_received, amount) AS DECIMAL(18,2)) AS received, coalesce(currency_received, currency) AS cur_in
  FROM stage_transfers
  WHERE tx_id IS NOT NULL
), same_id AS (
  SELECT s.source_row, s.tx_id AS row_tx_id, e.tx_id, 'same_id' AS match_kind,
    CASE WHEN (s.amount = e.amount AND s.currency = e.currency) OR (s.received = e.amount_received AND s.cur_in = e.currency_received)
         THEN 'high' ELSE 'medium' END AS confidence,
    'same id ' || e.tx_id
      || CASE WHEN s.amount = e.amount AND s.currency = e.currency THEN ', same amount sent ' || e.amount::VARCHAR || ' ' || e.currency
              WHEN s.received = e.amount_received AND s.cur_in = e.currency_received THEN ', same amount received ' || e.amount_received::VARCHAR || ' ' || e.currency_received
              ELSE ', amounts in other currencies (this record ' || s.received::VARCHAR || ' ' || s.cur_in || ', loaded '
                   || e.amount::VARCHAR || ' ' || e.currency || '; the loaded amounts are kept)' END
      || CASE WHEN s.ts = e.ts THEN ', same time' ELSE ', ' || abs(date_diff('minute', e.ts, s.ts))::VARCHAR || ' min apart' END
      || ' (loaded from ' || src.file_name || ' row ' || e.source_row::VARCHAR || ')' AS reasons
  FROM s JOIN transfer_records e ON e.tx_id = s.tx_id
  JOIN sources src ON src.source_id = e.source_id
  WHERE ((s.amount = e.amount AND s.currency = e.currency) OR (s.received = e.amount_received AND s.cur_in = e.currency_received)
         OR (s.currency <> e.currency AND s.cur_in <> e.currency_received AND s.cur_in <> e.currency AND s.currency <> e.currency_received))
    AND s.ts BETWEEN e.ts - INTERVAL 2 DAY AND e.ts + INTERVAL 2 DAY
    -- both parties agree, or one record has a stand-in for the other's account (a masked number
    -- or account with the same last digits, a counter, an operator's code, a pay bill and the bank account,
    -- the wallet provider's international service): otherwise it is a conflict (duplicate_tx)
    AND (s.from_account = e.from_account OR s.from_account IS NULL OR e.from_account IS NULL
         OR (s.from_account LIKE 'masked:%' AND right(s.from_account, 3) = right(e.from_account, 3)) OR (e.from_account LIKE 'masked:%' AND right(e.from_account, 3) = right(s.from_account, 3))
         OR (s.from_account LIKE '%*%' AND split_part(s.from_account, '/', 1) = split_part(e.from_account, '/', 1) AND right(s.from_account, 3) = right(e.from_account, 3))
         OR (e.from_account LIKE '%*%' AND split_part(e.from_account, '/', 1) = split_part(s.from_account, '/', 1) AND right(e.from_account, 3) = right(s.from_account, 3))
         OR s.from_account = 'cash:hawala-counter' OR e.from_account = 'cash:hawala-counter'
         OR s.from_account LIKE 'service:%-international' OR e.from_account LIKE 'service:%-international'
         OR s.from_account LIKE 'mto:%' OR e.from_account LIKE 'mto:%'
         OR (s.from_account LIKE 'merchant:%' AND (e.from_account LIKE 'bank:%' OR e.from_account LIKE 'iban:%'))
         OR (e.from_account LIKE 'merchant:%' AND (s.from_account LIKE 'bank:%' OR s.from_account LIKE 'iban:%')))
    AND (s.to_account = e.to_account OR s.to_account IS NULL OR e.to_account IS NULL
         OR (s.to_account LIKE 'masked:%' AND right(s.to_account, 3) = right(e.to_account, 3)) OR (e.to_account LIKE 'masked:%' AND right(e.to_account, 3) = right(s.to_account, 3))
         OR (s.to_account LIKE '%*%' AND split_part(s.to_account, '/', 1) = split_part(e.to_account, '/', 1) AND right(s.to_account, 3) = right(e.to_account, 3))
         OR (e.to_account LIKE '%*%' AND split_part(e.to_account, '/', 1) = split_part(s.to_account, '/', 1) AND right(e.to_account, 3) = right(s.to_account, 3))
         OR s.to_account = 'cash:hawala-counter' OR e.to_account = 'cash:hawala-counter'
         OR s.to_account LIKE 'service:%-international' OR e.to_account LIKE 'service:%-international'
         OR s.to_account LIKE 'mto:%' OR e.to_account LIKE 'mto:%'
         OR (s.to_account LIKE 'merchant:%' AND (e.to_account LIKE 'bank:%' OR e.to_account LIKE 'iban:%'))
         OR (e.to_account LIKE 'merchant:%' AND (s.to_account LIKE 'bank:%' OR s.to_account LIKE 'iban:%')))
), pairs AS (
  -- equality joins (receiver and amount received, or sender and amount sent), so DuckDB hashes
  -- them instead of comparing every staged row with every operator or hawala transfer
  SELECT 'payout' AS match_kind, s.source_row, e.tx_id
  FROM s JOIN transfer_records e
    ON e.to_account = s.to_account AND e.amount_received = s.received AND e.currency_received = s.cur_in
  WHERE e.channel IN ('mto', 'hawala') AND e.from_account <> s.from_account
  UNION ALL
  SELECT 'deposit', s.source_row, e.tx_id
  FROM s JOIN transfer_records e
    ON e.from_account = s.from_account AND e.amount = s.amount AND e.currency = s.currency
  WHERE e.channel IN ('mto', 'hawala') AND e.to_account <> s.to_account
), payout AS (
  SELECT s.source_row, s.tx_id AS row_tx_id, e.tx_id, k.match_kind,
    CASE WHEN abs(date_diff('second', e.ts, s.ts)) <= 60 THEN 'high' ELSE 'medium' END AS confidence,
    CASE k.match_kind WHEN 'payout' THEN 'paid out by ' ELSE 'paid in to ' END
      || CASE WHEN e.channel = 'mto' THEN 'the operator' ELSE 'the hawala broker' END
      || ' as ' || e.tx_id || ' (loaded from ' || src.file_name || ' row ' || e.source_row::VARCHAR || ')'
      || CASE k.match_kind WHEN 'payout' THEN ': same receiver ' || e.to_account || ', same amount received ' || e.amount_received::VARCHAR || ' ' || e.currency_received
              ELSE ': same sender ' || e.from_account || ', same amount sent ' || e.amount::VARCHAR || ' ' || e.currency END
      || CASE WHEN s.ts = e.ts THEN ', same time'
              WHEN e.ts = date_trunc('day', e.ts) THEN ', the record dated ' || strftime(e.ts, '%Y-%m-%d')
              ELSE ', ' || abs(date_diff('second', e.ts, s.ts))::VARCHAR || ' s apart' END
      || '; this record names ' || CASE k.match_kind WHEN 'payout' THEN 'the sender ' || s.from_account ELSE 'the receiver ' || s.to_account END
      || ' and id ' || s.tx_id AS reasons
  FROM pairs k
  JOIN s ON s.source_row = k.source_row
  JOIN transfer_records e ON e.tx_id = k.tx_id
  JOIN sources src ON src.source_id = e.source_id
  WHERE e.tx_id <> s.tx_id
    AND s.ts BETWEEN e.ts - CASE WHEN e.ts = date_trunc('day', e.ts) THEN INTERVAL 1 DAY ELSE INTERVAL 15 MINUTE END
                 AND e.ts + CASE WHEN e.ts = date_trunc('day', e.ts) THEN INTERVAL 2 DAY ELSE INTERVAL 15 MINUTE END
    AND s.tx_id NOT IN (SELECT tx_id FROM transfer_records)
    AND e.tx_id NOT IN (SELECT tx_id FROM transfer_matches WHERE status = 'merged' AND match_kind IN ('payout', 'deposit'))
), found AS (
  SELECT * FROM same_id
  UNION ALL
  SELECT * FROM payout WHERE source_row NOT IN (SELECT source_row FROM same_id)
)
SELECT source_row, row_tx_id, tx_id,
  CASE WHEN count(*) OVER (PARTITION BY source_row) = 1 AND count(*) OVER (PARTITION BY tx_id) = 1 THEN 'merged' ELSE 'to_confirm' END AS status,
  match_kind, confidence, reasons
FROM found
ORDER BY source_row, tx_id
