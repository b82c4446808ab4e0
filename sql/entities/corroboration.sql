-- What the records say about pairs of accounts with alike holder names: how many transfers
-- went directly between them, and with how many of the same counterparties both dealt
-- (people, not services: settlement pools, cash points, agents and merchants deal with
-- everyone and prove nothing).
-- params: $pairs VARCHAR (JSON list of [account_a, account_b])
-- columns: account_a, account_b, direct BIGINT, shared BIGINT
WITH pairs AS (
  SELECT p->>0 AS a, p->>1 AS b FROM (SELECT unnest(from_json($pairs, '["JSON"]')) AS p)
),
members AS (SELECT a AS acc FROM pairs UNION SELECT b FROM pairs),
edges AS (
  SELECT from_account AS acc, to_account AS other FROM transfer_records WHERE NOT inferred AND from_account IN (SELECT acc FROM members)
  UNION
  SELECT to_account, from_account FROM transfer_records WHERE NOT inferred AND to_account IN (SELECT acc FROM members)
),
people_edges AS (
  SELECT e.acc, e.other FROM edges e LEFT JOIN account_records o ON o.account_id = e.other
  WHERE coalesce(o.kind, 'other') NOT IN ('service', 'cash')
    AND e.other NOT LIKE 'agent:%' AND e.other NOT LIKE 'merchant:%' AND e.other NOT LIKE 'service:%' AND e.other NOT LIKE 'cash:%'
),
direct AS (
  -- Two equi-joins rather than one join on an OR, which DuckDB cannot hash.
  SELECT a, b, count(*) AS n FROM (
    SELECT p.a, p.b FROM pairs p JOIN transfer_records t ON t.from_account = p.a AND t.to_account = p.b WHERE NOT t.inferred
    UNION ALL
    SELECT p.a, p.b FROM pairs p JOIN transfer_records t ON t.from_account = p.b AND t.to_account = p.a WHERE NOT t.inferred
  ) GROUP BY a, b
),
shared AS (
  SELECT p.a, p.b, count(DISTINCT x.other) AS n FROM pairs p
  JOIN people_edges x ON x.acc = p.a
  JOIN people_edges y ON y.acc = p.b AND y.other = x.other
  WHERE x.other NOT IN (p.a, p.b)
  GROUP BY p.a, p.b
)
SELECT p.a AS account_a, p.b AS account_b, coalesce(d.n, 0) AS direct, coalesce(s.n, 0) AS shared
FROM pairs p LEFT JOIN direct d ON d.a = p.a AND d.b = p.b LEFT JOIN shared s ON s.a = p.a AND s.b = p.b
ORDER BY p.a, p.b;
