-- Staging table for transfer rows of the file being loaded: text exactly as the format read it
-- (see src/ingest/format.ts). TEMP, recreated empty for every file.
CREATE OR REPLACE TEMP TABLE stage_transfers (
  source_row BIGINT, raw VARCHAR, tx_id VARCHAR, "timestamp" VARCHAR, from_account VARCHAR,
  to_account VARCHAR, amount VARCHAR, currency VARCHAR, amount_received VARCHAR,
  currency_received VARCHAR, channel VARCHAR, reference VARCHAR, balance_after_from VARCHAR,
  balance_after_to VARCHAR
);
