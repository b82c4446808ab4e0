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
