-- A cheap probe for --engine auto: how many accounts the seeds reach in at most two
-- time-respecting hops (the first two levels of trace/forward_flows' recursion), and how many
-- accounts the case has. When the first two hops already touch a sizeable part of the case, the
-- full reachable set will cover most of it, and one pass over every transfer is cheaper than
-- bounding them with the recursive query first (measured in the trace bench).
-- params: $min_amount DOUBLE, $until DOUBLE (epoch s), $inferred BOOLEAN
-- columns: reached BIGINT, accounts BIGINT
WITH RECURSIVE
flows AS (
  SELECT * FROM trace_flows WHERE ts <= $until AND (NOT inferred OR $inferred)
),
seeds AS (
  SELECT f.pos FROM flows f JOIN trace_seed_pos s USING (load_seq)
),
reach(account, hop, pos) AS (
  SELECT f.to_key, 0, min(f.pos) FROM flows f JOIN seeds USING (pos) GROUP BY f.to_key
  UNION ALL
  SELECT e.to_key, r.hop + 1, min(e.pos)
  FROM reach r JOIN flows e ON e.from_key = r.account AND e.pos > r.pos
  WHERE r.hop < 2 AND NOT e.from_terminal AND e.value_in >= $min_amount AND e.value_in > 0
  GROUP BY e.to_key, r.hop
)
SELECT (SELECT count(DISTINCT account) FROM reach) AS reached, (SELECT count(*) FROM account_records) AS accounts;
