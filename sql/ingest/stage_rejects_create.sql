-- Rows the format reader itself rejects (wrong field count, a failed mobile-money row, ...),
-- quarantined as they are. TEMP, recreated per file.
CREATE OR REPLACE TEMP TABLE stage_rejects (
  source_row BIGINT, raw VARCHAR, column_name VARCHAR, value VARCHAR, reason_code VARCHAR,
  reason VARCHAR
);
