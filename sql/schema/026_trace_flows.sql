-- The tracer's columnar copy of the transfers: integer account keys, DOUBLE values, epoch
-- seconds, and the processing order (pos = rank by ts, load_seq) already computed, so that a
-- trace neither joins account ids as strings nor sorts the whole case again. The engine keys
-- its results by pos and names them once through tx_id (trace/out_ids_fill). Rebuilt by the
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
  bal_from      DOUBLE,     -- 'nan' where the record states no balance
  bal_to        DOUBLE,
  inferred      BOOLEAN,
  from_terminal BOOLEAN,
  tx_id         VARCHAR     -- read only to name the transfers a run stores (trace/out_ids_fill)
);
