-- Backward origins, known-balance corrections and other per-run facts, one kind per row.
CREATE TABLE IF NOT EXISTS trace_notes (
  run_id     VARCHAR NOT NULL,
  kind       VARCHAR NOT NULL,         -- origin|hidden_deposit|hidden_withdrawal|exited
  account_id VARCHAR NOT NULL,
  tx_id      VARCHAR,
  amount     DOUBLE NOT NULL,
  detail     VARCHAR                   -- JSON
);
