-- With stated balances: the transfers a backward trace must replay, in processing order (pos).
-- A recursive query computes the time-respecting reverse reachable set of the target: for
-- each account and hop, the latest position at which money leaving it can still have
-- reached the target, up to $max_hops, never walking back through a terminal account. It
-- aggregates per account and hop (no path enumeration). Only transfers touching that set (their
-- whole history, for balances) are returned, as the columns the allocation pass reads.
-- params: $target INTEGER (account key), $max_hops INTEGER, $since DOUBLE, $until DOUBLE (epoch s), $inferred BOOLEAN
-- columns: as trace/backward_flows, plus bal_from, bal_to, gap_from, gap_to DOUBLE ('nan' = none; sql/schema/026_trace_flows.sql). Used when the case
-- has stated balances (two more columns to read otherwise).
WITH RECURSIVE
flows AS (
  SELECT * FROM trace_flows WHERE ts <= $until AND (NOT inferred OR $inferred)
),
back(account, hop, pos) AS (
  SELECT from_key, 0, max(pos) FROM flows WHERE to_key = $target AND ts >= $since GROUP BY from_key
  UNION ALL
  SELECT e.from_key, r.hop + 1, max(e.pos)
  FROM back r JOIN flows e ON e.to_key = r.account AND e.pos < r.pos
  JOIN account_records ra ON ra.account_key = r.account
  WHERE r.hop < $max_hops AND ra.kind NOT IN ('service', 'cash')
  GROUP BY e.from_key, r.hop
),
reachable AS (SELECT account FROM back UNION SELECT $target)
SELECT f.from_key, f.to_key, f.value_out, f.value_in, f.ts, f.pos, f.load_seq,
       f.bal_from, f.bal_to, f.gap_from, f.gap_to
FROM flows f
WHERE f.from_key IN (SELECT account FROM reachable) OR f.to_key IN (SELECT account FROM reachable);
