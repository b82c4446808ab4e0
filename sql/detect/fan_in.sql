-- Fan-in (AML typology): one account with many distinct senders within a short window.
-- Windows are fixed calendar buckets of $window_days, taken twice with a half-window offset,
-- so every burst shorter than half a window falls whole into one bucket (cheap and exact:
-- no per-transfer sliding count). The account's busiest bucket is the finding.
-- A fan-in alone is weak evidence (schools, agents and shops have it too): low weight.
-- score = min(1, counterparties / (2 x $min_degree)).
-- params: $window_days, $min_degree, $max_evidence INTEGER
-- columns: accounts VARCHAR[], key, score, evidence, seeds, facts
WITH sides AS (
  SELECT t.to_account AS account_id, t.from_account AS cp, t.tx_id, t.ts, t.load_seq
  FROM detect_tx t JOIN detect_acct a ON a.account_id = t.to_account AND a.in_scope
),
buckets AS (
  SELECT s.*, o.off, floor((epoch(s.ts) + o.off * $window_days * 43200) / ($window_days * 86400)) AS b
  FROM sides s CROSS JOIN (VALUES (0), (1)) o(off)
),
agg AS (
  SELECT account_id, off, b, count(DISTINCT cp) AS n_cp, count(*) AS n_tx, min(ts) AS first_ts, max(ts) AS last_ts
  FROM buckets GROUP BY account_id, off, b
),
best AS (
  SELECT account_id, arg_max(struct_pack(off, b, n_tx, first_ts, last_ts), (n_cp, -epoch(first_ts), -off)) AS w, max(n_cp) AS n_cp
  FROM agg WHERE n_cp >= $min_degree GROUP BY account_id
),
txs AS (
  -- transfer lists only for each account's chosen bucket (listing every bucket is the slow part)
  SELECT k.account_id, list(x.tx_id ORDER BY x.ts, x.load_seq) AS txs
  FROM best k JOIN buckets x ON x.account_id = k.account_id AND x.off = k.w.off AND x.b = k.w.b
  GROUP BY k.account_id
)
SELECT [account_id] AS accounts, '' AS key, round(least(1.0, n_cp / (2.0 * $min_degree)), 4) AS score,
       list_slice(t.txs, 1, $max_evidence) AS evidence, list_slice(t.txs, 1, $max_evidence) AS seeds,
       {account: account_id, n_counterparties: n_cp, n_tx: k.w.n_tx, first_ts: k.w.first_ts, last_ts: k.w.last_ts} AS facts
FROM best k JOIN txs t USING (account_id)
ORDER BY score DESC, account_id;
