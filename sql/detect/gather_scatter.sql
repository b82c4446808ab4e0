-- Gather-scatter (AML typology): many senders into one account, then many receivers out of
-- it, inside one window of twice $window_days (the money is gathered, then spread again).
-- Needs at least $min_degree - 2 distinct senders and as many receivers, the outflows after
-- the first inflow. Fixed buckets, taken twice with a half-bucket offset (see fan_in.sql).
-- score = min(1, (senders + receivers) / (4 x $min_degree)) + 0.25, capped at 1.
-- params: $window_days, $min_degree, $max_evidence INTEGER
-- columns: accounts VARCHAR[], key, score, evidence, seeds, facts
WITH sides AS (
  SELECT t.to_account AS account_id, 'in' AS dir, t.from_account AS cp, t.tx_id, t.ts, t.load_seq
  FROM detect_tx t JOIN detect_acct a ON a.account_id = t.to_account AND a.in_scope
  UNION ALL
  SELECT t.from_account, 'out', t.to_account, t.tx_id, t.ts, t.load_seq
  FROM detect_tx t JOIN detect_acct a ON a.account_id = t.from_account AND a.in_scope
),
buckets AS (
  SELECT s.*, o.off, floor((epoch(s.ts) + o.off * $window_days * 86400) / ($window_days * 172800)) AS b
  FROM sides s CROSS JOIN (VALUES (0), (1)) o(off)
),
agg AS (
  SELECT account_id, off, b,
         count(DISTINCT cp) FILTER (WHERE dir = 'in') AS n_in_cp,
         count(DISTINCT cp) FILTER (WHERE dir = 'out') AS n_out_cp,
         min(ts) FILTER (WHERE dir = 'in') AS first_in, max(ts) FILTER (WHERE dir = 'out') AS last_out
  FROM buckets GROUP BY account_id, off, b
),
best AS (
  SELECT account_id, max(n_in_cp + n_out_cp) AS n_cp,
         arg_max(struct_pack(off, b, n_in_cp, n_out_cp, first_in, last_out), (n_in_cp + n_out_cp, -epoch(first_in), -off)) AS w
  FROM agg
  WHERE n_in_cp >= greatest(2, $min_degree - 2) AND n_out_cp >= greatest(2, $min_degree - 2) AND last_out > first_in
  GROUP BY account_id
),
txs AS (
  -- transfer lists only for each account's chosen bucket (listing every bucket is the slow part)
  SELECT k.account_id, list(x.tx_id ORDER BY x.ts, x.load_seq) AS txs,
         list(x.tx_id ORDER BY x.ts, x.load_seq) FILTER (WHERE x.dir = 'in') AS in_txs
  FROM best k JOIN buckets x ON x.account_id = k.account_id AND x.off = k.w.off AND x.b = k.w.b
  GROUP BY k.account_id
)
SELECT [account_id] AS accounts, '' AS key, round(least(1.0, 0.25 + n_cp / (4.0 * $min_degree)), 4) AS score,
       list_slice(t.txs, 1, $max_evidence) AS evidence, list_slice(t.in_txs, 1, $max_evidence) AS seeds,
       {account: account_id, n_senders: k.w.n_in_cp, n_receivers: k.w.n_out_cp, first_in: k.w.first_in, last_out: k.w.last_out} AS facts
FROM best k JOIN txs t USING (account_id)
ORDER BY score DESC, account_id;
