-- Staging table for FX rate rows of the file being loaded (text as read). TEMP, recreated per file.
CREATE OR REPLACE TEMP TABLE stage_fx (
  source_row BIGINT, raw VARCHAR, "date" VARCHAR, currency VARCHAR, rate_to_reporting VARCHAR,
  rate_source VARCHAR
);
