-- Name every transfer the engine's results refer to (trace_out_need: each pos once, listed by
-- the engine) with one pass over trace_flows, so that the store_* queries join this small table
-- instead of looking up millions of tx ids in transfer_records each.
-- params: none
INSERT INTO trace_out_ids
SELECT f.pos, f.tx_id, f.ts FROM trace_flows f WHERE f.pos IN (SELECT pos FROM trace_out_need);
