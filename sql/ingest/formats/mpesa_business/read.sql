-- M-Pesa business (pay bill / till) export CSV → mpesa_business_rows: one row per record after
-- the header, in file order (n = source_row), with the columns picked by position from the
-- header the reader found, and each row's parts: local completion time, direction and amount,
-- the other party from Other Party Info ("254712345678 - JOHN DOE": a phone; "600123 - ACME":
-- a short code), whether it is a charge, and the number of the row among rows of its receipt.
-- Repeated headers and blank or footer lines are 'other' (not rows of the file).
-- Parameters: $path, $skip, $header (column names as given), $i_receipt, $i_time, $i_init,
-- $i_details, $i_status, $i_in, $i_out, $i_balance, $i_reason, $i_party, $i_acc (1-based).
-- Columns: see the SELECT.
CREATE OR REPLACE TEMP TABLE mpesa_business_rows AS
WITH f AS (
  SELECT row_number() OVER () AS n, [c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16] AS c
  FROM read_csv($path, skip = $skip, header = false, auto_detect = false, all_varchar = true,
                delim = ',', quote = '"', escape = '"', null_padding = true, strict_mode = false,
                columns = {'c1': 'VARCHAR', 'c2': 'VARCHAR', 'c3': 'VARCHAR', 'c4': 'VARCHAR', 'c5': 'VARCHAR', 'c6': 'VARCHAR',
                           'c7': 'VARCHAR', 'c8': 'VARCHAR', 'c9': 'VARCHAR', 'c10': 'VARCHAR', 'c11': 'VARCHAR', 'c12': 'VARCHAR',
                           'c13': 'VARCHAR', 'c14': 'VARCHAR', 'c15': 'VARCHAR', 'c16': 'VARCHAR'})
), r AS (
  SELECT n, trim(c[$i_receipt]) AS receipt, trim(c[$i_time]) AS completion_time, trim(c[$i_init]) AS initiation_time,
    regexp_replace(trim(coalesce(c[$i_details], '')), '\s+', ' ', 'g') AS details, trim(coalesce(c[$i_status], '')) AS status,
    c[$i_in] AS paid_in, c[$i_out] AS withdrawn, c[$i_balance] AS balance, trim(coalesce(c[$i_reason], '')) AS reason_type,
    trim(coalesce(c[$i_party], '')) AS other_party, trim(coalesce(c[$i_acc], '')) AS account_no,
    to_json(map($header, c[1:len($header)]))::VARCHAR AS raw
  FROM f
), k AS (
  SELECT *,
    CASE WHEN regexp_matches(coalesce(receipt, ''), '^[A-Z0-9]{8,12}$') AND NOT regexp_matches(lower(receipt), '^receipt') THEN 'data' ELSE 'other' END AS line_kind,
    try_strptime(completion_time, ['%Y-%m-%d %H:%M:%S', '%d-%m-%Y %H:%M:%S', '%d/%m/%Y %H:%M:%S', '%d/%m/%Y %I:%M:%S %p', '%Y-%m-%d %I:%M:%S %p']) AS local_ts,
    coalesce(try_cast(ft_amount_text(withdrawn, '.', ',') AS DECIMAL(18,2)), 0) AS out_amt,
    coalesce(try_cast(ft_amount_text(paid_in, '.', ',') AS DECIMAL(18,2)), 0) AS in_amt,
    regexp_extract(other_party, '^\s*(\+?[0-9][0-9*]{3,})\s*-\s*(.*)$', 1) AS party_code,
    trim(regexp_extract(other_party, '^\s*(\+?[0-9][0-9*]{3,})\s*-\s*(.*)$', 2)) AS party_name,
    regexp_matches(lower(reason_type || ' ' || details), 'charge|\bfee\b') AS is_charge,
    lower(status) IN ('completed', 'complete', 'success', 'successful') AS completed
  FROM r
)
SELECT *,
  out_amt <> 0 AS is_out,
  abs(CASE WHEN out_amt <> 0 THEN out_amt ELSE in_amt END) AS amt,
  CASE WHEN is_charge THEN 'service:mpesa-fees'
       WHEN length(replace(party_code, '*', '')) >= 9 OR party_code LIKE '%*%' THEN 'phone:' || party_code
       WHEN party_code <> '' THEN 'merchant:' || party_code
       ELSE 'service:mpesa' END AS counterparty,
  CASE WHEN balance IS NULL OR trim(balance) = '' THEN NULL
       WHEN ft_amount_negative(balance) THEN '-' || ft_amount_text(balance, '.', ',')
       ELSE ft_amount_text(balance, '.', ',') END AS balance_txt,
  row_number() OVER (PARTITION BY receipt, is_charge ORDER BY n) AS k_in_receipt
FROM k
