-- The allocation ledger: for each traced outflow, which earlier inflows funded its tainted
-- part and how much, under the run's rule. in_tx is NULL for opening balances and the
-- unexplained source (origin says which).
CREATE TABLE IF NOT EXISTS trace_ledger (
  run_id   VARCHAR NOT NULL,
  account  VARCHAR NOT NULL,
  out_tx   VARCHAR NOT NULL,
  in_tx    VARCHAR,
  origin   VARCHAR NOT NULL,         -- lot|opening|unexplained|hidden_deposit|mix
  amount   DOUBLE NOT NULL,          -- value of the inflow consumed by the outflow
  tainted  DOUBLE NOT NULL,          -- tainted part of that amount
  hop      INTEGER,
  -- For origin 'mix' (haircut, libr, tainted-first: the rule looks at the whole balance), the
  -- account's balance and tainted part just before the outflow, so the arithmetic can be redone.
  balance_before DOUBLE,
  tainted_before DOUBLE,
  seq      BIGINT                    -- row order within the run (outflow order, then consumption order)
);
