-- Store the engine's per-account results (keyed by account_key) under their account ids.
-- first_seen/last_seen arrive as epoch seconds.
-- params: $run_id VARCHAR
INSERT INTO trace_accounts (run_id, account_id, tainted_in, tainted_out, retained, unexplained_out, exited, first_hop, first_seen, last_seen)
SELECT $run_id, a.account_id, o.tainted_in, o.tainted_out, o.retained, o.unexplained_out, o.exited, o.first_hop,
       CAST(to_timestamp(o.first_seen) AS TIMESTAMP), CAST(to_timestamp(o.last_seen) AS TIMESTAMP)
FROM trace_out_accounts o JOIN account_records a USING (account_key);
