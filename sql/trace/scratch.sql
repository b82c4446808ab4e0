-- Per-connection scratch tables for one trace: the seed transfer ids, and the engine's
-- results keyed by load_seq / account_key before they are joined back to ids and stored.
-- Numeric columns only (bulk-appended from typed arrays): NULLs arrive as sentinels (-1 for a
-- missing transfer or hop, NaN for a missing amount) and the store_* queries restore them.
-- Temporary: they vanish with the connection and never appear in the case file.
CREATE TEMP TABLE IF NOT EXISTS trace_seed_ids (tx_id VARCHAR PRIMARY KEY);
-- Each seed id with the load_seq of the transfer it names (NULL: unknown), looked up once so
-- the seed checks, the engine probe and the bounded query need not join transfer_records again.
CREATE TEMP TABLE IF NOT EXISTS trace_seed_pos (tx_id VARCHAR, load_seq BIGINT);
CREATE TEMP TABLE IF NOT EXISTS trace_out_transfers (
  load_seq DOUBLE, tainted DOUBLE, tainted_in DOUBLE, hop INTEGER,
  beyond_horizon DOUBLE, below_threshold DOUBLE, fees DOUBLE);
CREATE TEMP TABLE IF NOT EXISTS trace_out_hops (load_seq DOUBLE, hop INTEGER, amount DOUBLE);
CREATE TEMP TABLE IF NOT EXISTS trace_out_accounts (
  account_key INTEGER, tainted_in DOUBLE, tainted_out DOUBLE, retained DOUBLE, unexplained_out DOUBLE,
  exited DOUBLE, first_hop INTEGER, first_seen DOUBLE, last_seen DOUBLE);
CREATE TEMP TABLE IF NOT EXISTS trace_out_ledger (
  account_key INTEGER, out_seq DOUBLE, in_seq DOUBLE, origin INTEGER, amount DOUBLE, tainted DOUBLE, hop INTEGER,
  balance_before DOUBLE, tainted_before DOUBLE);
CREATE TEMP TABLE IF NOT EXISTS trace_out_notes (
  kind VARCHAR, account_key INTEGER, load_seq DOUBLE, amount DOUBLE, detail VARCHAR);
DELETE FROM trace_seed_ids;
DELETE FROM trace_seed_pos;
DELETE FROM trace_out_transfers;
DELETE FROM trace_out_hops;
DELETE FROM trace_out_accounts;
DELETE FROM trace_out_ledger;
DELETE FROM trace_out_notes;
