-- Per transfer that carried taint in a run (or lost it to the horizon or the threshold).
-- Stored under integer keys (the run's run_key, the transfer's load_seq); where a transfer
-- mixes taint of several hops, its amount per hop is in trace_transfer_hops. trace_transfers
-- is the view with tx ids and the hops as JSON {hop: amount} that every reader uses.
CREATE TABLE IF NOT EXISTS trace_transfer_rows (
  run_key         INTEGER NOT NULL,
  load_seq        BIGINT NOT NULL,
  tainted         DOUBLE NOT NULL,     -- tainted part of value_out
  tainted_in      DOUBLE NOT NULL,     -- tainted part delivered (after fees)
  hop             INTEGER NOT NULL,
  beyond_horizon  DOUBLE NOT NULL,
  below_threshold DOUBLE NOT NULL,
  fees            DOUBLE NOT NULL
);
CREATE TABLE IF NOT EXISTS trace_transfer_hops (
  run_key  INTEGER NOT NULL,
  load_seq BIGINT NOT NULL,
  hop      INTEGER NOT NULL,
  amount   DOUBLE NOT NULL
);
CREATE OR REPLACE VIEW trace_transfers AS
SELECT k.run_id, t.tx_id, r.tainted, r.tainted_in, r.hop, h.hops, r.beyond_horizon, r.below_threshold, r.fees
FROM trace_transfer_rows r
JOIN trace_run_keys k USING (run_key)
JOIN transfer_records t USING (load_seq)
LEFT JOIN (
  SELECT run_key, load_seq, '{' || string_agg('"' || hop::VARCHAR || '":' || amount::VARCHAR, ',' ORDER BY hop) || '}' AS hops
  FROM trace_transfer_hops GROUP BY run_key, load_seq
) h USING (run_key, load_seq);
