-- M-Pesa statement CSV → mpesa_rows: one row per CSV record after the first header, numbered
-- in file order (n = source_row), with the columns picked by position from the header the
-- reader found (variants: "Receipt No"/"Receipt No.", "Withdrawn"/"Paid Out", extra columns).
-- Ragged lines (preamble-like text, verification-code rows) are padded, never fatal.
-- Parameters: $path, $skip (lines before the first data line), $header (column names as given),
-- $i_receipt, $i_time, $i_details, $i_status, $i_in, $i_out, $i_balance (1-based positions).
-- Columns: n, receipt, completion_time, details, status, paid_in, withdrawn, balance, raw.
CREATE OR REPLACE TEMP TABLE mpesa_rows AS
WITH f AS (
  SELECT row_number() OVER () AS n, [c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12] AS c
  FROM read_csv($path, skip = $skip, header = false, auto_detect = false, all_varchar = true,
                delim = ',', quote = '"', escape = '"', null_padding = true, strict_mode = false,
                columns = {'c1': 'VARCHAR', 'c2': 'VARCHAR', 'c3': 'VARCHAR', 'c4': 'VARCHAR',
                           'c5': 'VARCHAR', 'c6': 'VARCHAR', 'c7': 'VARCHAR', 'c8': 'VARCHAR',
                           'c9': 'VARCHAR', 'c10': 'VARCHAR', 'c11': 'VARCHAR', 'c12': 'VARCHAR'})
)
SELECT n,
  c[$i_receipt] AS receipt, c[$i_time] AS completion_time, c[$i_details] AS details,
  c[$i_status] AS status, c[$i_in] AS paid_in, c[$i_out] AS withdrawn, c[$i_balance] AS balance,
  to_json(map($header, c[1:len($header)]))::VARCHAR AS raw
FROM f
