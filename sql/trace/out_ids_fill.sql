-- Name every transfer the engine's results refer to (by pos) once, with one pass over the
-- matching part of trace_flows, so that the store_* queries join this small table instead of
-- looking up millions of tx ids in transfer_records each.
-- params: none
INSERT INTO trace_out_ids
SELECT f.pos, f.tx_id FROM trace_flows f
WHERE f.pos IN (
  SELECT pos FROM trace_out_transfers
  UNION SELECT out_pos FROM trace_out_ledger
  UNION SELECT in_pos FROM trace_out_ledger WHERE in_pos >= 0
  UNION SELECT pos FROM trace_out_notes WHERE pos IS NOT NULL
);
