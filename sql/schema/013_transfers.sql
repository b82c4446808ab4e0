-- Transfers as loaded. ts is UTC. amount/currency are as sent, amount_received/currency_received
-- as received; value_out/value_in are both in the case's reporting currency (FX at the
-- transfer's date). load_seq is the global read order (file order, then row order) and breaks
-- ties between equal timestamps (docs/spec/tracing-semantics.md, Order). inferred marks links that no
-- record contains (hawala bridges); they are excluded from traces unless asked for.
-- tx_id is unique: ingest quarantines any id already in the case or earlier in the file
-- (duplicate_tx), and anything else that adds rows must use ids of its own. It is not a
-- PRIMARY KEY on purpose: the index cost ~20% of a 10M-row load and ~1 GB, and DuckDB
-- scans a column of ids in milliseconds anyway.
CREATE TABLE IF NOT EXISTS transfer_records (
  tx_id              VARCHAR NOT NULL,
  ts                 TIMESTAMP NOT NULL,
  from_account       VARCHAR NOT NULL,
  to_account         VARCHAR NOT NULL,
  amount             DECIMAL(18,2) NOT NULL,
  currency           VARCHAR NOT NULL,
  amount_received    DECIMAL(18,2) NOT NULL,
  currency_received  VARCHAR NOT NULL,
  value_out          DECIMAL(18,2) NOT NULL,
  value_in           DECIMAL(18,2) NOT NULL,
  fx_rate_out        DECIMAL(24,10),     -- rate used for value_out (NULL when already in reporting currency)
  fx_rate_in         DECIMAL(24,10),
  fx_source          VARCHAR,            -- the declared source of the rate(s) used
  channel            VARCHAR,
  reference          VARCHAR,
  balance_after_from DECIMAL(18,2),      -- sender's balance after this transfer, where the record says
  balance_after_to   DECIMAL(18,2),      -- receiver's balance after this transfer, where the record says
  inferred           BOOLEAN NOT NULL DEFAULT false,
  source_id          INTEGER,
  source_row         BIGINT,
  load_seq           BIGINT NOT NULL
);
