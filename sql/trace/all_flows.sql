-- Every transfer up to $until, in processing order as stored in trace_flows: the input of the
-- pure streaming engine (--engine stream), which finds the reachable part itself in one pass.
-- The bench compares it with the default (recursive SQL bounds the transfers first).
-- params: $until DOUBLE (epoch s), $inferred BOOLEAN
-- columns: from_key INTEGER, to_key INTEGER, value_out DOUBLE, value_in DOUBLE, pos INTEGER, load_seq BIGINT (the key results are stored under; no ts: a forward pass only needs the order)
SELECT from_key, to_key, value_out, value_in, pos, load_seq
FROM trace_flows WHERE ts <= $until AND (NOT inferred OR $inferred);
