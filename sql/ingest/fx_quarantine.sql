-- Quarantine the staged FX rows that failed a check (see fx_check).
-- params: $source_id INTEGER
INSERT INTO quarantine (source_id, source_row, column_name, value, reason_code, reason, raw)
SELECT $source_id, source_row, fail_column,
  CASE fail_column WHEN 'currency' THEN currency WHEN 'rate_to_reporting' THEN rate_to_reporting ELSE "date" END,
  fail_code,
  CASE fail_code
    WHEN 'bad_date' THEN 'missing or impossible date (YYYY-MM-DD expected, 1900-2099)'
    WHEN 'missing_currency' THEN 'missing currency'
    WHEN 'unknown_currency' THEN 'unknown currency code (not in ISO 4217)'
    WHEN 'bad_rate' THEN 'missing, unparseable, non-positive or too large rate (digits and a point, below 10^9)'
    WHEN 'duplicate_rate' THEN 'second rate for the same date, currency and source (the first one stays)'
  END,
  coalesce(raw, json_object('date', "date", 'currency', currency, 'rate_to_reporting', rate_to_reporting,
    'rate_source', rate_source)::VARCHAR)
FROM checked_fx
WHERE fail_code IS NOT NULL;
