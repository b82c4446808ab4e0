-- Round trips and cycles: money that comes back to where it started (A -> B -> ... -> A)
-- within a time window, each hop no earlier than the previous one and of a similar amount
-- (so unrelated transfers that happen to close a loop are not chained). A walk may start at
-- any account (a time-ordered cycle is found from its first transfer only), and cycles are
-- grouped by their set of accounts: one finding per set. The amount rule prunes the walk,
-- which keeps it bounded; accounts with more than $max_degree transfers (agents, shops,
-- payroll) are left out of the walk: a loop through a hub is not a round trip, and hubs
-- would multiply the paths.
-- score = min(1, 0.5 + 0.1 x cycles found on these accounts) x (amount back / amount out, capped at 1).
-- params: $max_hops, $window_days INTEGER, $min_ratio, $max_ratio DOUBLE, $max_degree, $max_evidence INTEGER
-- columns: accounts VARCHAR[] (sorted), key, score, evidence, seeds, facts
WITH RECURSIVE hubs AS (
  SELECT account_id FROM detect_features WHERE n_in + n_out > $max_degree
),
e AS (
  SELECT tx_id, ts, load_seq, from_account AS a, to_account AS b,
         CAST(value_out AS DOUBLE) AS v_out, CAST(value_in AS DOUBLE) AS v_in
  FROM detect_tx
  WHERE from_kind IS DISTINCT FROM 'cash' AND to_kind IS DISTINCT FROM 'cash'
    AND from_kind IS DISTINCT FROM 'service' AND to_kind IS DISTINCT FROM 'service'
    AND from_account NOT IN (SELECT account_id FROM hubs) AND to_account NOT IN (SELECT account_id FROM hubs)
),
walk(start, cur, first_ts, last_ts, first_v, last_v, path_acc, path_tx, hops) AS (
  SELECT a, b, ts, ts, v_out, v_in, [a, b], [tx_id], 1 FROM e
  UNION ALL
  SELECT w.start, e.b, w.first_ts, e.ts, w.first_v, e.v_in, list_append(w.path_acc, e.b), list_append(w.path_tx, e.tx_id), w.hops + 1
  FROM walk w JOIN e ON e.a = w.cur
  WHERE w.cur <> w.start AND w.hops < $max_hops
    AND e.ts >= w.last_ts AND e.ts <= w.first_ts + to_days(CAST($window_days AS INTEGER))
    AND e.v_out BETWEEN w.last_v * $min_ratio AND w.last_v * $max_ratio
    AND (e.b = w.start OR NOT list_contains(w.path_acc, e.b))
),
closed AS (
  SELECT list_sort(list_distinct(path_acc)) AS accounts, path_tx, hops, first_ts, last_ts, first_v, last_v
  FROM walk WHERE cur = start AND hops >= 2
),
grp AS (
  SELECT accounts, count(*) AS n_cycles, min(hops) AS hops,
         arg_min(path_tx, (first_ts, path_tx)) AS first_path,
         list_sort(list_distinct(flatten(list(path_tx)))) AS txs,
         arg_min(last_v / first_v, (first_ts, path_tx)) AS back_ratio,
         min(first_ts) AS first_ts, max(last_ts) AS last_ts,
         arg_min(first_v, (first_ts, path_tx)) AS out_value, arg_min(last_v, (first_ts, path_tx)) AS back_value
  FROM closed GROUP BY accounts
)
SELECT accounts, '' AS key,
       round(least(1.0, 0.5 + 0.1 * n_cycles) * least(1.0, back_ratio), 4) AS score,
       list_slice(list_concat(first_path, list_filter(txs, x -> NOT list_contains(first_path, x))), 1, $max_evidence) AS evidence,
       [first_path[1]] AS seeds,
       {n_cycles: n_cycles, hops: hops, first_ts: first_ts, last_ts: last_ts, out_value: out_value,
        back_value: back_value, path: first_path} AS facts
FROM grp
ORDER BY score DESC, accounts;
