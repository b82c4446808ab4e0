-- Staging table for account rows of the file being loaded (text as read). TEMP, recreated per file.
CREATE OR REPLACE TEMP TABLE stage_accounts (
  source_row BIGINT, raw VARCHAR, account_id VARCHAR, kind VARCHAR, id_type VARCHAR,
  holder_name VARCHAR, institution VARCHAR, country VARCHAR, opening_balance VARCHAR
);
