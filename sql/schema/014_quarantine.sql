-- Rows that could not be loaded, with the reason. Nothing is dropped silently.
CREATE TABLE IF NOT EXISTS quarantine (
  source_id   INTEGER NOT NULL,
  source_row  BIGINT  NOT NULL,        -- 1-based data row (the header is row 0)
  column_name VARCHAR,                 -- the offending column, where one is to blame
  value       VARCHAR,                 -- the offending value as given
  reason_code VARCHAR NOT NULL,        -- bad_timestamp|bad_amount|unknown_currency|missing_account|field_count|duplicate_tx|no_fx_rate|...
  reason      VARCHAR NOT NULL,        -- in words
  raw         VARCHAR                  -- the whole row as given (JSON object of column -> text, or the raw line)
);
