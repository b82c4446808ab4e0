-- Version 1 to 2: a run key for every stored run (in run id order).
-- params: none
INSERT INTO trace_run_keys (run_key, run_id)
SELECT row_number() OVER (ORDER BY run_id), run_id
FROM (SELECT run_id FROM trace_runs UNION SELECT run_id FROM trace_transfers_v1
      UNION SELECT run_id FROM trace_accounts_v1 UNION SELECT run_id FROM trace_ledger_v1)
WHERE run_id NOT IN (SELECT run_id FROM trace_run_keys);
