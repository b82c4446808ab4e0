-- Completed statement rows that cannot be one movement of money (mpesa_lines.fault):
-- quarantined with the column and value at fault, instead of loading half of the row.
-- params: $in_column VARCHAR, $out_column VARCHAR (the header's names for Paid In / Withdrawn)
INSERT INTO stage_rejects
SELECT n, raw,
  CASE WHEN fault = 'bad_amount_out' THEN $out_column ELSE $in_column END,
  CASE WHEN fault = 'bad_amount_out' THEN withdrawn ELSE paid_in END,
  CASE WHEN fault IN ('bad_amount_in', 'bad_amount_out') THEN 'bad_amount' ELSE fault END,
  CASE fault
    WHEN 'contradictory_amounts' THEN 'contradictory row: money both paid in (' || trim(paid_in) || ') and withdrawn (' || trim(withdrawn) || ')'
    WHEN 'negative_paid_in' THEN 'paid in is negative: ' || trim(paid_in)
    ELSE 'not a plain decimal amount (digits, thousands commas and a point: no exponent, no _)'
  END
FROM mpesa_lines
WHERE line_kind = 'data' AND completed AND fault IS NOT NULL
ORDER BY n;
