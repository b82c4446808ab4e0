-- How many accounts a stored run holds.
-- params: $run_id VARCHAR
-- columns: n
SELECT count(*)::INTEGER AS n FROM trace_accounts WHERE run_id = $run_id;
