-- Benchmark baseline for `flowtrace generate`: DuckDB writing the same number of canonical-looking
-- transfer rows to CSV (no story, no balances), so the generator's speed is shown as a ratio
-- to a bare columnar write on the same machine in the same run.
-- Parameters: $path (output CSV), $n (rows).
-- Columns: none (writes the file).
COPY (
  SELECT 'T' || lpad(i::VARCHAR, 9, '0') AS tx_id,
         (TIMESTAMP '2025-02-03' + to_seconds(i % 12960000))::VARCHAR AS timestamp,
         'wallet:+2547' || lpad((i * 7919 % 100000000)::VARCHAR, 8, '0') AS from_account,
         'wallet:+2547' || lpad((i * 104729 % 100000000)::VARCHAR, 8, '0') AS to_account,
         ((i % 100000) / 100.0)::DECIMAL(18,2) AS amount, 'KES' AS currency,
         ((i % 100000) / 100.0)::DECIMAL(18,2) AS amount_received, 'KES' AS currency_received,
         'mobile' AS channel, '' AS reference
  FROM range(CAST($n AS BIGINT)) t(i)
) TO $path (HEADER, DELIMITER ',')
