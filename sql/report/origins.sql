-- Backward runs: where the money that reached the target came from, per origin account
-- (an account with no earlier inflow, the hop limit, a terminal, or the unexplained source).
-- params: $run_id VARCHAR
-- columns: account, origin, amount
SELECT account_id AS account, coalesce(json_extract_string(detail, '$.origin'), 'origin') AS origin, sum(amount) AS amount
FROM trace_notes WHERE run_id = $run_id AND kind = 'origin'
GROUP BY account_id, origin ORDER BY amount DESC, account, origin;
