-- Detection results, so that the report, exports and `trace --seed-finding` can use them.
-- A detection run is identified by detect_id = hash of (scope run, configuration): running
-- detect again with the same scope and configuration replaces that run's rows.
-- detect_runs.scope_run_id is the trace run whose accounts the detection was restricted to
-- (NULL: the whole case). config and summary are JSON.
CREATE TABLE IF NOT EXISTS detect_runs (
  detect_id    VARCHAR PRIMARY KEY,
  scope_run_id VARCHAR,
  config       VARCHAR NOT NULL,
  summary      VARCHAR NOT NULL,
  tool_version VARCHAR NOT NULL,
  started_at   TIMESTAMP NOT NULL,
  finished_at  TIMESTAMP NOT NULL
);
