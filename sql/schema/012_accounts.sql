-- Accounts (wallets, bank accounts, MTO references, hawala clients, services, cash).
-- account_key is a dense integer surrogate used by the tracer's columnar pass.
-- Accounts that appear only in transfers are created with kind 'other' and source_id NULL.
CREATE TABLE IF NOT EXISTS account_records (
  account_id       VARCHAR PRIMARY KEY,
  account_key      INTEGER NOT NULL UNIQUE,
  kind             VARCHAR NOT NULL,   -- bank|mobile_money|mto|hawala|crypto|service|cash|other
  id_type          VARCHAR,            -- wallet|bank_account|iban|mto_ref|hawala_client|masked|other
  holder_name      VARCHAR,            -- exactly as given
  holder_name_norm VARCHAR,            -- normalised for matching
  institution      VARCHAR,
  country          VARCHAR,            -- ISO 3166-1 alpha-2 where known
  opening_balance  DECIMAL(18,2),      -- in the reporting currency
  source_id        INTEGER,
  source_row       BIGINT
);
