-- The allocation ledger: for each traced outflow, which earlier inflows funded its tainted
-- part and how much, under the run's rule. Stored under integer keys (run_key, the account's
-- account_key, the load_seq of the outflow and of the funding inflow, origin as a code);
-- trace_ledger is the view with ids that every reader uses. in_tx is NULL for opening
-- balances and the unexplained source (origin says which).
CREATE TABLE IF NOT EXISTS trace_ledger_rows (
  run_key     INTEGER NOT NULL,
  account_key INTEGER NOT NULL,
  out_seq     BIGINT NOT NULL,
  in_seq      BIGINT,
  origin      INTEGER NOT NULL,        -- 0 lot, 1 opening, 2 unexplained, 3 hidden_deposit, 4 mix
  amount      DOUBLE NOT NULL,         -- value of the inflow consumed by the outflow
  tainted     DOUBLE NOT NULL,         -- tainted part of that amount
  hop         INTEGER,
  -- For origin 'mix' (haircut, libr, tainted-first: the rule looks at the whole balance), the
  -- account's balance and tainted part just before the outflow, so the arithmetic can be redone.
  balance_before DOUBLE,
  tainted_before DOUBLE,
  seq         BIGINT                   -- row order within the run (outflow order, then consumption order; NULL in runs stored before it existed)
);
CREATE OR REPLACE VIEW trace_ledger AS
SELECT k.run_id, a.account_id AS account, o.tx_id AS out_tx, i.tx_id AS in_tx,
       ['lot', 'opening', 'unexplained', 'hidden_deposit', 'mix'][r.origin + 1] AS origin,
       r.amount, r.tainted, r.hop, r.balance_before, r.tainted_before, r.seq
FROM trace_ledger_rows r
JOIN trace_run_keys k USING (run_key)
JOIN account_records a USING (account_key)
JOIN transfer_records o ON o.load_seq = r.out_seq
LEFT JOIN transfer_records i ON i.load_seq = r.in_seq;
