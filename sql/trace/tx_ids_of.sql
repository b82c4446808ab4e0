-- Transfer ids and times (epoch seconds) for the engine's pos keys (a bounded set, e.g.
-- trajectory paths).
-- params: $positions INTEGER[]
-- columns: pos, tx_id, ts
SELECT pos, tx_id, ts FROM trace_flows WHERE pos IN (SELECT unnest($positions::INTEGER[]));
