-- Bipartite (AML typology): a set of senders (at least $min_bipartite) that each pay the same
-- set of receivers (at least two: every pair of receivers in the block shares those senders).
-- Built from pairs of receivers with common senders, grouped by that sender set. Only
-- low-degree accounts (at most 20 transfers each way) take part: the typology is a group of
-- mules, and it keeps the pair join small on cases with hubs. Payments into ransom
-- collectors are left out: relatives who paid two groups form such a block, and that is
-- repeat extortion (the relatives are victims, not a laundering group). Agents, merchants,
-- services and cash are left out too: many customers using the same two shops is no block.
-- score = min(1, 0.3 + 0.1 x (senders + receivers)).
-- params: $min_bipartite, $max_evidence INTEGER
-- columns: accounts VARCHAR[] (senders then receivers), key, score, evidence, seeds, facts
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
ev AS (
  SELECT b.senders, b.receivers, list(t.tx_id ORDER BY t.ts, t.load_seq) AS txs, min(t.ts) AS first_ts, max(t.ts) AS last_ts
  FROM blocks b JOIN detect_tx t ON list_contains(b.senders, t.from_account) AND list_contains(b.receivers, t.to_account)
  GROUP BY b.senders, b.receivers
)
SELECT list_concat(senders, receivers) AS accounts, '' AS key,
       round(least(1.0, 0.3 + 0.1 * (len(senders) + len(receivers))), 4) AS score,
       list_slice(txs, 1, $max_evidence) AS evidence, list_slice(txs, 1, $max_evidence) AS seeds,
       {n_senders: len(senders), n_receivers: len(receivers), senders: senders, receivers: receivers,
        first_ts: first_ts, last_ts: last_ts} AS facts
FROM ev
ORDER BY score DESC, accounts;
