-- Does the statement's Balance column agree with its own amounts? In chronological order each
-- Completed row's balance should be the previous balance plus the row's signed amount. Only
-- completed rows are checked: they are what is loaded, and their balances are what the tracer
-- uses as known balances (a Failed row is quarantined). Returns one row per completed row with a stated
-- balance: the expected balance (previous stated balance + signed amount) and the difference.
-- The first row has no previous balance: it fixes the opening balance (stated − signed amount).
-- Parameters: none. Columns: n, receipt, chrono, signed_amt, stated, opening_before, expected,
-- difference (opening_before = stated − signed amount: the balance before the row).
SELECT n, receipt, chrono, signed_amt, stated, stated - signed_amt AS opening_before,
  lag(stated) OVER w + signed_amt AS expected,
  stated - (lag(stated) OVER w + signed_amt) AS difference
FROM (
  SELECT n, trim(receipt) AS receipt, chrono,
    signed_amt, try_cast(balance_txt AS DECIMAL(18,2)) AS stated
  FROM mpesa_lines
  WHERE line_kind = 'data' AND completed AND try_cast(balance_txt AS DECIMAL(18,2)) IS NOT NULL
)
WINDOW w AS (ORDER BY chrono)
ORDER BY chrono
