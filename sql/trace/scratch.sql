-- Per-connection scratch tables for one trace: the seed transfer ids, and the engine's
-- results keyed by pos (trace_flows' processing order) / account_key before they are joined
-- back to ids and stored.
-- Numeric columns only (bulk-appended from typed arrays): NULLs arrive as sentinels (-1 for a
-- missing transfer or hop, NaN for a missing amount) and the store_* queries restore them.
-- Temporary: they vanish with the connection and never appear in the case file.
CREATE TEMP TABLE IF NOT EXISTS trace_seed_ids (tx_id VARCHAR PRIMARY KEY);
-- Each seed id with the load_seq of the transfer it names (NULL: unknown), looked up once so
-- the seed checks, the engine probe and the bounded query need not join transfer_records again.
CREATE TEMP TABLE IF NOT EXISTS trace_seed_pos (tx_id VARCHAR, load_seq BIGINT);
CREATE TEMP TABLE IF NOT EXISTS trace_out_transfers (
  pos INTEGER, tainted DOUBLE, tainted_in DOUBLE, hop INTEGER,
  beyond_horizon DOUBLE, below_threshold DOUBLE, fees DOUBLE);
CREATE TEMP TABLE IF NOT EXISTS trace_out_hops (pos INTEGER, hop INTEGER, amount DOUBLE);
CREATE TEMP TABLE IF NOT EXISTS trace_out_accounts (
  account_key INTEGER, tainted_in DOUBLE, tainted_out DOUBLE, retained DOUBLE, unexplained_out DOUBLE,
  exited DOUBLE, first_hop INTEGER, first_pos INTEGER, last_pos INTEGER);
CREATE TEMP TABLE IF NOT EXISTS trace_out_ledger (
  account_key INTEGER, out_pos INTEGER, in_pos INTEGER, origin INTEGER, amount DOUBLE, tainted DOUBLE, hop INTEGER,
  balance_before DOUBLE, tainted_before DOUBLE, seq INTEGER);
CREATE TEMP TABLE IF NOT EXISTS trace_out_notes (
  kind VARCHAR, account_key INTEGER, pos INTEGER, amount DOUBLE, detail VARCHAR);
-- Every pos the results above name, once, ascending (the engine lists them), and their tx ids
-- (trace/out_ids_fill): one lookup for all of them.
CREATE TEMP TABLE IF NOT EXISTS trace_out_need (pos INTEGER);
CREATE TEMP TABLE IF NOT EXISTS trace_out_ids (pos INTEGER, tx_id VARCHAR, ts DOUBLE);
DELETE FROM trace_seed_ids;
DELETE FROM trace_seed_pos;
DELETE FROM trace_out_transfers;
DELETE FROM trace_out_hops;
DELETE FROM trace_out_accounts;
DELETE FROM trace_out_ledger;
DELETE FROM trace_out_notes;
DELETE FROM trace_out_need;
DELETE FROM trace_out_ids;
