-- Benchmark FX file: one KES rate per day of 2024-2025.
-- params: $path VARCHAR
COPY (
  SELECT strftime(d, '%Y-%m-%d') AS "date", 'KES' AS currency, '0.0075' AS rate_to_reporting, 'bench' AS rate_source
  FROM range(DATE '2023-12-31', DATE '2026-01-01', INTERVAL 1 DAY) t(d)
) TO $path (HEADER, DELIMITER ',');
