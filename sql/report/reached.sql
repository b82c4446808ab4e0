-- Taint that reached the given accounts in one run (for the method comparison).
-- params: $run_id VARCHAR, $accounts VARCHAR (JSON list of account ids)
-- columns: account_id, tainted_in
SELECT account_id, tainted_in FROM trace_accounts
WHERE run_id = $run_id AND list_contains(from_json($accounts, '["VARCHAR"]'), account_id)
ORDER BY account_id;
