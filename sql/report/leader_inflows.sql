-- Traced money received by each account of a set (the leader accounts), split by where it came
-- from: from outside the set (money reaching the set for the first time, counted once) and
-- from another account of the set (already counted where it first arrived).
-- params: $run_id VARCHAR, $accounts VARCHAR (JSON list of account ids)
-- columns: account_id, from_outside, from_inside, transfers_from_outside
WITH s AS (SELECT unnest(from_json($accounts, '["VARCHAR"]')) AS account_id)
SELECT t.to_account AS account_id,
       coalesce(sum(x.tainted_in) FILTER (WHERE t.from_account NOT IN (SELECT account_id FROM s)), 0) AS from_outside,
       coalesce(sum(x.tainted_in) FILTER (WHERE t.from_account IN (SELECT account_id FROM s)), 0) AS from_inside,
       count(*) FILTER (WHERE t.from_account NOT IN (SELECT account_id FROM s) AND x.tainted_in > 0) AS transfers_from_outside
FROM trace_transfers x JOIN transfer_records t USING (tx_id)
WHERE x.run_id = $run_id AND t.to_account IN (SELECT account_id FROM s)
GROUP BY t.to_account
ORDER BY from_outside DESC, account_id;
