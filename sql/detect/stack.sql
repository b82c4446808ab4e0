-- Stack (AML typology): bipartite blocks in layers, the receivers of one block being the
-- senders of the next (layer 1 -> layer 2 -> layer 3). Blocks are found as in
-- bipartite.sql; two blocks stack when at least $min_bipartite accounts are receivers of the
-- first and senders of the second. As there, payments into ransom collectors, and agents,
-- merchants, services and cash, are left out.
-- score = min(1, 0.5 + 0.05 x accounts).
-- params: $min_bipartite, $max_evidence INTEGER
-- columns: accounts VARCHAR[] (sorted), key, score, evidence, seeds, facts
WITH e AS (
  SELECT DISTINCT t.from_account AS s, t.to_account AS r
  FROM detect_tx t
  JOIN detect_features fs ON fs.account_id = t.from_account AND fs.n_out <= 20
  JOIN detect_features fr ON fr.account_id = t.to_account AND fr.n_in <= 20
  WHERE t.to_account NOT IN (SELECT account_id FROM detect_found WHERE pattern = 'ransom_collection')
    AND fs.kind NOT IN ('service', 'cash') AND fr.kind NOT IN ('service', 'cash')
    AND NOT list_has_any([split_part(t.from_account, ':', 1), split_part(t.to_account, ':', 1)], ['agent', 'merchant', 'cash'])
),
pairs AS (
  SELECT e1.r AS r1, e2.r AS r2, list(e1.s ORDER BY e1.s) AS common
  FROM e e1 JOIN e e2 ON e1.s = e2.s AND e1.r < e2.r
  GROUP BY e1.r, e2.r HAVING count(*) >= $min_bipartite
),
blocks AS (
  SELECT common AS senders, list_sort(list_distinct(flatten(list([r1, r2])))) AS receivers FROM pairs GROUP BY common
),
stacked AS (
  SELECT b1.senders AS l1, b1.receivers AS l2, b2.receivers AS l3
  FROM blocks b1 JOIN blocks b2 ON len(list_intersect(b1.receivers, b2.senders)) >= $min_bipartite
  WHERE len(list_intersect(b1.senders, b2.receivers)) = 0
),
ev AS (
  SELECT s.l1, s.l2, s.l3, list_sort(list_distinct(list_concat(list_concat(s.l1, s.l2), s.l3))) AS accounts,
         list(t.tx_id ORDER BY t.ts, t.load_seq) AS txs,
         list(t.tx_id ORDER BY t.ts, t.load_seq) FILTER (WHERE list_contains(s.l1, t.from_account)) AS first_layer,
         min(t.ts) AS first_ts, max(t.ts) AS last_ts
  FROM stacked s JOIN detect_tx t
    ON (list_contains(s.l1, t.from_account) AND list_contains(s.l2, t.to_account))
    OR (list_contains(s.l2, t.from_account) AND list_contains(s.l3, t.to_account))
  GROUP BY s.l1, s.l2, s.l3
)
SELECT accounts, '' AS key, round(least(1.0, 0.5 + 0.05 * len(accounts)), 4) AS score,
       list_slice(txs, 1, $max_evidence) AS evidence, list_slice(first_layer, 1, $max_evidence) AS seeds,
       {layers: [l1, l2, l3], first_ts: first_ts, last_ts: last_ts} AS facts
FROM ev
ORDER BY score DESC, accounts;
