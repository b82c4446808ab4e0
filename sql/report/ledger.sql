-- The allocation ledger of the run's largest traced outflows (the key hops): for each of the
-- $limit outflows with the most taint, the inflows that funded it, in the ledger's own order
-- (seq). For 'mix' rows (haircut, libr, tainted-first) the balance and its tainted part just
-- before the outflow, so the reader can redo o × T / B.
-- params: $run_id VARCHAR, $limit INTEGER
-- columns: account, out_tx, in_tx, origin, amount, tainted, hop, balance_before, tainted_before
WITH top_out AS (
  SELECT out_tx, sum(tainted) AS t FROM trace_ledger WHERE run_id = $run_id
  GROUP BY out_tx ORDER BY t DESC, out_tx LIMIT $limit
)
SELECT l.account, l.out_tx, l.in_tx, l.origin, l.amount, l.tainted, l.hop, l.balance_before, l.tainted_before
FROM trace_ledger l JOIN top_out o USING (out_tx)
WHERE l.run_id = $run_id
ORDER BY o.t DESC, l.out_tx, l.seq NULLS LAST, l.tainted DESC, l.in_tx NULLS LAST, l.origin;
