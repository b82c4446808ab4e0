-- Benchmark input: $n canonical transfers among 200,000 wallets, one every 3 seconds from
-- 2024-01-01, 10% in KES (valued with the bench FX file), 0.1% with an impossible date so the
-- quarantine path runs too. Written with DuckDB so the bench does not depend on the generator.
-- params: $path VARCHAR, $n BIGINT
COPY (
  SELECT 'tx' || i AS tx_id,
         CASE WHEN i % 1000 = 999 THEN '2024-02-30T00:00:00Z'
              ELSE strftime(TIMESTAMP '2024-01-01' + to_seconds(i * 3), '%Y-%m-%dT%H:%M:%SZ') END AS "timestamp",
         'wallet:+2547' || lpad(CAST(hash(i) % 200000 AS VARCHAR), 8, '0') AS from_account,
         'wallet:+2547' || lpad(CAST(hash(i + 1) % 200000 AS VARCHAR), 8, '0') AS to_account,
         CAST(1 + (i % 99991) / 7.0 AS DECIMAL(18,2)) AS amount,
         CASE WHEN i % 10 = 0 THEN 'KES' ELSE 'USD' END AS currency,
         'mobile' AS channel,
         'ref ' || i AS reference
  FROM range(CAST($n AS BIGINT)) t(i)
) TO $path (HEADER, DELIMITER ',');
