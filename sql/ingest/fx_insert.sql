-- Load the checked FX rows with their declared source.
-- params: $source_id INTEGER
INSERT INTO fx_rates ("date", currency, rate_to_reporting, rate_source, source_id, source_row)
SELECT date_d, cur, rate_d, source_n, $source_id, source_row
FROM checked_fx
WHERE fail_code IS NULL
ORDER BY source_row;
