-- Per-connection scratch tables for one trace: the seed transfer ids, and the run's notes
-- (stated-balance corrections, backward origins) keyed by pos / account_key before they are
-- stored under ids (trace/store_notes). The bulk results go straight into trace_*_rows.
-- Temporary: they vanish with the connection and never appear in the case file.
CREATE TEMP TABLE IF NOT EXISTS trace_seed_ids (tx_id VARCHAR PRIMARY KEY);
-- Each seed id with the load_seq of the transfer it names (NULL: unknown), looked up once so
-- the seed checks, the engine probe and the bounded query need not join transfer_records again.
CREATE TEMP TABLE IF NOT EXISTS trace_seed_pos (tx_id VARCHAR, load_seq BIGINT);
-- pos -1: the note names no transfer.
CREATE TEMP TABLE IF NOT EXISTS trace_out_notes (
  kind VARCHAR, account_key INTEGER, pos INTEGER, amount DOUBLE, detail VARCHAR);
DELETE FROM trace_seed_ids;
DELETE FROM trace_seed_pos;
DELETE FROM trace_out_notes;
