-- How many outflows the run's allocation ledger explains.
-- params: $run_id VARCHAR
-- columns: n
SELECT CAST(count(DISTINCT out_tx) AS DOUBLE) AS n FROM trace_ledger WHERE run_id = $run_id;
