-- Statement layouts with a balance column: does each balance equal the previous one plus the
-- row's signed amount? Order: time, then file order (reversed when the file lists newest
-- first). Same columns as mpesa/reconcile.
-- Parameters: none. Columns: n, receipt, chrono, signed_amt, stated, opening_before, expected, difference.
WITH b AS (
  SELECT n, tx_id AS receipt, try_cast(balance_txt AS DECIMAL(18,2)) AS stated,
    coalesce(signed_amt, 0) AS signed_amt, local_ts
  FROM mapped_lines WHERE completed AND try_cast(balance_txt AS DECIMAL(18,2)) IS NOT NULL
), o AS (
  SELECT b.*, row_number() OVER (ORDER BY local_ts NULLS LAST, CASE WHEN dir.newest_first THEN -n ELSE n END) AS chrono
  FROM b, (SELECT coalesce(arg_min(local_ts, n) > arg_max(local_ts, n), false) AS newest_first FROM b WHERE local_ts IS NOT NULL) dir
)
SELECT n, receipt, chrono, signed_amt, stated, stated - signed_amt AS opening_before,
  lag(stated) OVER w + signed_amt AS expected,
  stated - (lag(stated) OVER w + signed_amt) AS difference
FROM o
WINDOW w AS (ORDER BY chrono)
ORDER BY chrono
