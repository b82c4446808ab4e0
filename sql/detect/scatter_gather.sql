-- Scatter-gather (AML typology): one source pays several intermediates, which each pay the
-- same target afterwards (S -> M1..Mk -> T), within twice $window_days, passing on a similar
-- amount (half to 110% of what it received). Intermediates are limited to low-degree
-- accounts (at most 20 transfers each way): mules, not hubs, and it keeps the join small.
-- The target must not be a terminal, agent or merchant account: ordinary people paid by
-- the same employer all spend at the same shop and agent, which is not layering.
-- One finding per (source, target).
-- score = min(1, 0.4 + 0.15 x intermediates).
-- params: $window_days, $min_intermediates, $max_evidence INTEGER
-- columns: accounts VARCHAR[] (source, target, then intermediates), key, score, evidence, seeds, facts
WITH mid AS (
  SELECT account_id FROM detect_features WHERE n_in BETWEEN 1 AND 20 AND n_out BETWEEN 1 AND 20
),
legs AS (
  SELECT e1.from_account AS src, e2.to_account AS dst, e1.to_account AS m, e1.tx_id AS tx1, e2.tx_id AS tx2,
         e1.ts AS ts1, e1.load_seq AS seq1, e2.ts AS ts2
  FROM detect_tx e1
  JOIN mid ON mid.account_id = e1.to_account
  JOIN detect_tx e2 ON e2.from_account = e1.to_account
  WHERE e2.ts >= e1.ts AND e2.ts <= e1.ts + to_days(CAST(2 * $window_days AS INTEGER))
    AND e2.to_account <> e1.from_account
    AND e2.value_out BETWEEN 0.5 * e1.value_in AND 1.1 * e1.value_in
    AND e2.to_kind IS DISTINCT FROM 'service' AND e2.to_kind IS DISTINCT FROM 'cash'
    AND NOT starts_with(e2.to_account, 'agent:') AND NOT starts_with(e2.to_account, 'merchant:')
    AND NOT starts_with(e2.to_account, 'cash:')
),
grp AS (
  SELECT src, dst, count(DISTINCT m) AS n_mid, list(DISTINCT m ORDER BY m) AS mids,
         list_distinct(flatten(list([tx1, tx2] ORDER BY ts1, seq1, ts2))) AS txs,
         list(DISTINCT tx1 ORDER BY tx1) AS out_txs, min(ts1) AS first_ts, max(ts2) AS last_ts
  FROM legs GROUP BY src, dst
)
SELECT list_concat([src, dst], mids) AS accounts, '' AS key, round(least(1.0, 0.4 + 0.15 * n_mid), 4) AS score,
       list_slice(txs, 1, $max_evidence) AS evidence, list_slice(out_txs, 1, $max_evidence) AS seeds,
       {source: src, target: dst, n_intermediates: n_mid, first_ts: first_ts, last_ts: last_ts} AS facts
FROM grp
WHERE n_mid >= $min_intermediates
ORDER BY score DESC, src, dst;
