-- A PDF statement's summary block against its own rows: the TOTAL line's Paid In and Paid Out
-- (as printed) against the sums of the Completed rows' Paid In and Withdrawn (rows that moved no
-- money, and duplicates at a page break, are not in mpesa_lines' completed data rows).
-- Parameters: $total_in, $total_out (the printed totals, thousands separators allowed).
-- Columns: stated_in, rows_in, diff_in, stated_out, rows_out, diff_out.
WITH s AS (
  SELECT coalesce(sum(in_amt), 0)::DECIMAL(18,2) AS rows_in, coalesce(sum(abs(out_amt)), 0)::DECIMAL(18,2) AS rows_out
  FROM mpesa_lines WHERE line_kind = 'data' AND completed
), t AS (
  SELECT abs(try_cast(ft_amount_text($total_in, '.', ',') AS DECIMAL(18,2))) AS stated_in,
         abs(try_cast(ft_amount_text($total_out, '.', ',') AS DECIMAL(18,2))) AS stated_out
)
SELECT stated_in::VARCHAR AS stated_in, rows_in::VARCHAR AS rows_in, (stated_in - rows_in)::VARCHAR AS diff_in,
       stated_out::VARCHAR AS stated_out, rows_out::VARCHAR AS rows_out, (stated_out - rows_out)::VARCHAR AS diff_out
FROM s, t
