-- Does a statement's balance column agree with its own amounts? Over the staged (loaded-to-be)
-- transfers of one owner, in read order (time, then stage_order or file row), each stated
-- balance should equal the previous one plus what the owner received (amount_received, else
-- amount) or minus what it paid. Only staged rows are checked: Failed rows are quarantined and
-- the tracer never sees their balances. The first row fixes the opening balance (opening_before).
-- Parameters: $owner. Columns: n, receipt, chrono, signed_amt, stated, opening_before, expected, difference.
WITH b AS (
  SELECT s.source_row AS n, s.tx_id AS receipt,
    CASE WHEN s.to_account = $owner THEN try_cast(coalesce(s.amount_received, s.amount) AS DECIMAL(18,2))
         ELSE -try_cast(s.amount AS DECIMAL(18,2)) END AS signed_amt,
    try_cast(CASE WHEN s.from_account = $owner THEN s.balance_after_from ELSE s.balance_after_to END AS DECIMAL(18,2)) AS stated,
    try_cast(s."timestamp" AS TIMESTAMPTZ) AS ts, coalesce(o.seq, s.source_row) AS seq
  FROM stage_transfers s LEFT JOIN stage_order o USING (source_row)
  WHERE s.from_account = $owner OR s.to_account = $owner
), c AS (
  SELECT *, row_number() OVER (ORDER BY ts NULLS LAST, seq) AS chrono FROM b WHERE stated IS NOT NULL
)
SELECT n, receipt, chrono, signed_amt, stated, stated - signed_amt AS opening_before,
  lag(stated) OVER w + signed_amt AS expected,
  stated - (lag(stated) OVER w + signed_amt) AS difference
FROM c
WINDOW w AS (ORDER BY chrono)
ORDER BY chrono
