-- One row per trace run. options, sources (path + sha256 of every source file) and totals are JSON.
CREATE TABLE IF NOT EXISTS trace_runs (
  run_id       VARCHAR PRIMARY KEY,
  method       VARCHAR NOT NULL,
  direction    VARCHAR NOT NULL,
  options      VARCHAR NOT NULL,
  seeds        VARCHAR NOT NULL,   -- JSON list of seed tx ids (or the seed account)
  sources      VARCHAR NOT NULL,
  totals       VARCHAR NOT NULL,
  tool_version VARCHAR NOT NULL,
  started_at   TIMESTAMP NOT NULL,
  finished_at  TIMESTAMP NOT NULL
);
-- A small integer for each run id: the per-run result tables (trace_*_rows) are keyed by it and
-- by integer transfer and account keys, not by id strings (writing and compressing millions of
-- id strings was most of the time a large trace took to store). Assigned when a run is first
-- stored and kept when the same run is stored again; never shown (the views show run_id).
CREATE TABLE IF NOT EXISTS trace_run_keys (
  run_key INTEGER PRIMARY KEY,
  run_id  VARCHAR NOT NULL UNIQUE
);
