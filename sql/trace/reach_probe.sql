-- A cheap probe for --engine auto: how many accounts the seeds reach in at most two
-- time-respecting hops (the first two levels of trace/forward_flows' recursion, written out as
-- two joins: a third faster than the recursive form), and how many accounts the case has.
-- When the first two hops already touch a sizeable part of the case, the full reachable set
-- will cover most of it, and one pass over every transfer is cheaper than
-- bounding them with the recursive query first (measured in the trace bench).
-- params: $min_amount DOUBLE, $until DOUBLE (epoch s), $inferred BOOLEAN
-- columns: reached BIGINT, accounts BIGINT
WITH flows AS (
  SELECT from_key, to_key, pos, value_in, from_terminal FROM trace_flows WHERE ts <= $until AND (NOT inferred OR $inferred)
),
hop0 AS (
  SELECT f.to_key AS account, min(f.pos) AS pos
  FROM trace_flows f JOIN trace_seed_pos s USING (load_seq)
  WHERE f.ts <= $until AND (NOT f.inferred OR $inferred) GROUP BY f.to_key
),
hop1 AS (
  SELECT e.to_key AS account, min(e.pos) AS pos
  FROM hop0 r JOIN flows e ON e.from_key = r.account AND e.pos > r.pos
  WHERE NOT e.from_terminal AND e.value_in >= $min_amount AND e.value_in > 0
  GROUP BY e.to_key
),
hop2 AS (
  SELECT DISTINCT e.to_key AS account
  FROM hop1 r JOIN flows e ON e.from_key = r.account AND e.pos > r.pos
  WHERE NOT e.from_terminal AND e.value_in >= $min_amount AND e.value_in > 0
)
SELECT (SELECT count(*) FROM (SELECT account FROM hop0 UNION SELECT account FROM hop1 UNION SELECT account FROM hop2)) AS reached,
       (SELECT count(*) FROM account_records) AS accounts;
