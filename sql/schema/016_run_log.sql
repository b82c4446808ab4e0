-- Every command that changed the case: what, when (UTC), with which options, which tool version.
CREATE TABLE IF NOT EXISTS run_log (
  log_id       INTEGER PRIMARY KEY,
  command      VARCHAR NOT NULL,
  options      VARCHAR NOT NULL,   -- JSON
  tool_version VARCHAR NOT NULL,
  started_at   TIMESTAMP NOT NULL,
  finished_at  TIMESTAMP,
  summary      VARCHAR             -- JSON
);
