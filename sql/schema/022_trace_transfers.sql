-- Per transfer that carried taint in a run. hop is the lowest hop of its taint; hops lists all.
CREATE TABLE IF NOT EXISTS trace_transfers (
  run_id          VARCHAR NOT NULL,
  tx_id           VARCHAR NOT NULL,
  tainted         DOUBLE NOT NULL,     -- tainted part of value_out
  tainted_in      DOUBLE NOT NULL,     -- tainted part delivered (after fees)
  hop             INTEGER NOT NULL,
  hops            VARCHAR,             -- JSON {hop: amount} where taint of several hops was mixed
  beyond_horizon  DOUBLE NOT NULL,
  below_threshold DOUBLE NOT NULL,
  fees            DOUBLE NOT NULL
);
