-- Store the engine's per-account results (keyed by account_key) under their account ids.
-- first_seen/last_seen arrive as the pos of those transfers; their epoch seconds come from
-- trace_out_ids (made UTC timestamps from microseconds directly: to_timestamp goes through
-- time zones and cost four times the rest of this query).
-- params: $run_id VARCHAR
INSERT INTO trace_accounts (run_id, account_id, tainted_in, tainted_out, retained, unexplained_out, exited, first_hop, first_seen, last_seen)
SELECT $run_id, a.account_id, o.tainted_in, o.tainted_out, o.retained, o.unexplained_out, o.exited, o.first_hop,
       make_timestamp(round(fi.ts * 1e6)::BIGINT), make_timestamp(round(li.ts * 1e6)::BIGINT)
FROM trace_out_accounts o JOIN account_records a USING (account_key)
JOIN trace_out_ids fi ON fi.pos = o.first_pos
JOIN trace_out_ids li ON li.pos = o.last_pos;
