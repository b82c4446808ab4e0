-- Transfer ids for the engine's pos keys (a bounded set, e.g. trajectory paths).
-- params: $positions INTEGER[]
-- columns: pos, tx_id
SELECT pos, tx_id FROM trace_flows WHERE pos IN (SELECT unnest($positions::INTEGER[]));
