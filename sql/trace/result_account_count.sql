-- How many accounts a run holds (the summary document prints the top ones only).
-- params: $run_id VARCHAR
-- columns: n INTEGER
SELECT count(*)::INTEGER AS n FROM trace_account_rows r JOIN trace_run_keys k USING (run_key) WHERE k.run_id = $run_id;
