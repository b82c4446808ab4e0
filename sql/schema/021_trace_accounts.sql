-- Per account that received taint in a run (tracing-semantics.md, What a trace reports).
CREATE TABLE IF NOT EXISTS trace_accounts (
  run_id          VARCHAR NOT NULL,
  account_id      VARCHAR NOT NULL,
  tainted_in      DOUBLE NOT NULL,
  tainted_out     DOUBLE NOT NULL,
  retained        DOUBLE NOT NULL,
  unexplained_out DOUBLE NOT NULL,
  exited          DOUBLE NOT NULL,
  first_hop       INTEGER,
  first_seen      TIMESTAMP,
  last_seen       TIMESTAMP
);
