-- Accounts the latest detection run gave a suspect's role (collector, broker, leader
-- candidate, cash-out point): redaction leaves them visible. The run scoped to $run_id is
-- preferred, then a whole-case run, then any other; look-alikes (agents, benign hubs) are not
-- suspects.
-- params: $run_id VARCHAR (NULL for a whole-case document)
-- columns: account_id
WITH latest AS (
  SELECT detect_id FROM detect_runs
  ORDER BY (scope_run_id IS NOT DISTINCT FROM $run_id) DESC, (scope_run_id IS NULL) DESC, finished_at DESC, detect_id DESC
  LIMIT 1
)
SELECT DISTINCT a.account_id
FROM detect_accounts a JOIN latest USING (detect_id)
WHERE list_has_any(from_json(a.roles, '["VARCHAR"]'), ['collector', 'broker', 'leader candidate', 'cash-out point'])
ORDER BY a.account_id;
