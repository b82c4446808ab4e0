-- Per account that received taint in a run (docs/spec/tracing-semantics.md, What a trace reports).
-- Stored under integer keys (see trace_run_keys): the run, the account's account_key, and the
-- load_seq of the transfers by which it was first and last seen; trace_accounts is the view
-- with ids and times that every reader uses.
CREATE TABLE IF NOT EXISTS trace_account_rows (
  run_key         INTEGER NOT NULL,
  account_key     INTEGER NOT NULL,
  tainted_in      DOUBLE NOT NULL,
  tainted_out     DOUBLE NOT NULL,
  retained        DOUBLE NOT NULL,
  unexplained_out DOUBLE NOT NULL,
  exited          DOUBLE NOT NULL,
  first_hop       INTEGER,
  first_seq       BIGINT,              -- load_seq of the first transfer that brought or took taint
  last_seq        BIGINT
);
CREATE OR REPLACE VIEW trace_accounts AS
SELECT k.run_id, a.account_id, r.tainted_in, r.tainted_out, r.retained, r.unexplained_out, r.exited, r.first_hop,
       f.ts AS first_seen, l.ts AS last_seen
FROM trace_account_rows r
JOIN trace_run_keys k USING (run_key)
JOIN account_records a USING (account_key)
LEFT JOIN transfer_records f ON f.load_seq = r.first_seq
LEFT JOIN transfer_records l ON l.load_seq = r.last_seq;
