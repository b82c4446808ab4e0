-- Structuring: an account sending (or receiving) several transfers just under the reporting
-- threshold of its country within a few days, adding up to more than the threshold: amounts
-- kept under the limit on purpose. Thresholds are per country (config), in the reporting
-- currency; the account's own country decides, else the default.
-- One finding per (account, direction); key is 'out' or 'in'.
-- score = min(1, 0.4 + 0.15 x transfers in the best window).
-- params: $countries VARCHAR[], $limits DOUBLE[] (same order), $default_limit, $band DOUBLE,
--         $min_count, $window_days, $max_evidence INTEGER
-- columns: accounts VARCHAR[], key, score, evidence, seeds, facts
WITH lim AS (
  SELECT unnest($countries) AS country, unnest($limits) AS limit_value
),
sides AS (
  SELECT from_account AS account_id, 'out' AS dir, tx_id, ts, load_seq, value_out AS v FROM detect_tx
  UNION ALL
  SELECT to_account, 'in', tx_id, ts, load_seq, value_in FROM detect_tx
),
near AS (
  SELECT s.*, coalesce(l.limit_value, $default_limit) AS threshold
  FROM sides s JOIN detect_acct a ON a.account_id = s.account_id AND a.in_scope
  LEFT JOIN lim l ON l.country = a.country
  WHERE a.kind NOT IN ('service', 'cash')
    AND s.v < coalesce(l.limit_value, $default_limit) AND s.v >= coalesce(l.limit_value, $default_limit) * (1 - $band)
),
windows AS (
  SELECT n1.account_id, n1.dir, n1.ts AS start_ts, any_value(n1.threshold) AS threshold, count(*) AS n, sum(n2.v) AS total,
         list(n2.tx_id ORDER BY n2.ts, n2.load_seq) AS txs
  FROM near n1 JOIN near n2 ON n1.account_id = n2.account_id AND n1.dir = n2.dir
   AND n2.ts >= n1.ts AND n2.ts <= n1.ts + to_days(CAST($window_days AS INTEGER))
  GROUP BY n1.account_id, n1.dir, n1.tx_id, n1.ts
),
best AS (
  SELECT account_id, dir, arg_max(txs, (n, -epoch(start_ts))) AS txs, max(n) AS n,
         arg_max(total, (n, -epoch(start_ts))) AS total, any_value(threshold) AS threshold, min(start_ts) AS first_ts
  FROM windows WHERE n >= $min_count GROUP BY account_id, dir
)
SELECT [account_id] AS accounts, dir AS key, round(least(1.0, 0.4 + 0.15 * n), 4) AS score,
       list_slice(txs, 1, $max_evidence) AS evidence, list_slice(txs, 1, $max_evidence) AS seeds,
       {account: account_id, direction: dir, n: n, total: total, threshold: threshold} AS facts
FROM best
WHERE total > threshold
ORDER BY score DESC, account_id, dir;
