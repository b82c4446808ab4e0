-- Roles from the latest detection run scoped to this trace run or to the whole case
-- (scoped runs first). roles is a JSON list of role words.
-- params: $run_id VARCHAR
-- columns: account_id, roles, explanation
WITH latest AS (
  SELECT detect_id FROM detect_runs
  WHERE scope_run_id = $run_id OR scope_run_id IS NULL
  ORDER BY (scope_run_id IS NULL), finished_at DESC, detect_id DESC LIMIT 1
)
SELECT a.account_id, a.roles, a.explanation
FROM detect_accounts a JOIN latest USING (detect_id)
ORDER BY a.rank, a.account_id;
