-- Check the staged FX rows: a real date (YYYY-MM-DD, 1900-2099), an ISO 4217 currency, a positive rate
-- below 10^9 written as digits (no exponent or '_'; see transfers_check)
-- (value in the reporting currency = amount × rate), and no second rate for the same date,
-- currency and source (in this file or the case). rate_source is the file's declared source,
-- or $default_source (the file name) when the file declares none.
-- params: $default_source VARCHAR
CREATE OR REPLACE TEMP TABLE checked_fx AS
WITH typed AS (
  SELECT s.*, TRY_CAST(trim(s."date") AS DATE) AS date_d, upper(trim(s.currency)) AS cur,
         TRY_CAST(s.rate_to_reporting AS DECIMAL(24,10)) AS rate_d,
         coalesce(nullif(trim(s.rate_source), ''), $default_source) AS source_n
  FROM stage_fx s
),
checked AS (
  SELECT t.*,
    CASE
      WHEN t."date" IS NULL OR trim(t."date") = '' OR t.date_d IS NULL OR NOT regexp_matches(t."date", '^ *[0-9]{4}-')
           OR t.date_d < DATE '1900-01-01' OR t.date_d >= DATE '2100-01-01' THEN 'bad_date'
      WHEN t.currency IS NULL OR trim(t.currency) = '' THEN 'missing_currency'
      WHEN t.cur NOT IN (SELECT code FROM iso4217) THEN 'unknown_currency'
      WHEN t.rate_to_reporting IS NULL OR t.rate_d IS NULL OR NOT regexp_full_match(t.rate_to_reporting, ' *[0-9]*\.?[0-9]+ *') THEN 'bad_rate'
      WHEN t.rate_d <= 0 OR t.rate_d >= 1000000000 THEN 'bad_rate'
    END AS pre_fail
  FROM typed t
)
SELECT c.*,
  coalesce(c.pre_fail,
    CASE WHEN row_number() OVER (PARTITION BY c.date_d, c.cur, c.source_n, c.pre_fail IS NULL ORDER BY c.source_row) > 1
              OR EXISTS (SELECT 1 FROM fx_rates f WHERE f."date" = c.date_d AND f.currency = c.cur AND f.rate_source = c.source_n)
         THEN 'duplicate_rate' END) AS fail_code,
  CASE
    WHEN c.pre_fail = 'bad_date' THEN 'date'
    WHEN c.pre_fail IN ('missing_currency', 'unknown_currency') THEN 'currency'
    WHEN c.pre_fail = 'bad_rate' THEN 'rate_to_reporting'
    ELSE 'date' END AS fail_column
FROM checked c;
