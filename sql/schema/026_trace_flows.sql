-- The tracer's columnar copy of the transfers: integer account keys, DOUBLE values, epoch
-- seconds, and the processing order (pos = rank by ts, load_seq) already computed, so that a
-- trace neither joins account ids as strings nor sorts the whole case again. The engine stores
-- its results under load_seq (trace_transfer_rows); pos names the few transfers of
-- trajectories and notes through tx_id (trace/tx_ids_of, trace/store_notes). Rebuilt by the
-- tracer whenever the case's transfers, accounts or sources change (meta key
-- trace_flows_stamp); never edited by hand. Created empty here so that the name is reserved.
CREATE TABLE IF NOT EXISTS trace_flows (
  pos           INTEGER,
  from_key      INTEGER,
  to_key        INTEGER,
  value_out     DOUBLE,
  value_in      DOUBLE,
  ts            DOUBLE,     -- epoch seconds (UTC)
  load_seq      BIGINT,
  bal_from      DOUBLE,     -- a stated balance in the reporting currency, to compare ('nan' where none, or reconciled in its own currency: gap_*)
  bal_to        DOUBLE,
  gap_from      DOUBLE,     -- the correction a stated balance reconciled in its own currency calls for (trace_balances)
  gap_to        DOUBLE,
  inferred      BOOLEAN,
  from_terminal BOOLEAN,
  tx_id         VARCHAR     -- read only to name the transfers of trajectories and notes
);
