-- Trajectories (linear methods): seed -> ... -> where the money stopped.
CREATE TABLE IF NOT EXISTS trace_trajectories (
  run_id      VARCHAR NOT NULL,
  rank        INTEGER NOT NULL,
  seed_tx     VARCHAR NOT NULL,
  tx_path     VARCHAR NOT NULL,        -- JSON list of tx ids
  end_account VARCHAR NOT NULL,
  end_kind    VARCHAR NOT NULL,        -- retained|exited|beyond_horizon|below_threshold|fees
  amount      DOUBLE NOT NULL,
  duration_s  DOUBLE NOT NULL
);
