-- The rate to the reporting currency for a currency on a date: the most recent on or before
-- it (as ingestion values transfers), else the earliest after it (a statement's date is
-- approximate, so a rate a few days later is better than none).
-- params: $currency VARCHAR, $date DATE
-- columns: rate DOUBLE, rate_source VARCHAR
SELECT CAST(rate_to_reporting AS DOUBLE) AS rate, rate_source
FROM fx_rates
WHERE currency = $currency
ORDER BY (date > CAST($date AS DATE)), abs(date_diff('day', date, CAST($date AS DATE))), rate_source
LIMIT 1;
