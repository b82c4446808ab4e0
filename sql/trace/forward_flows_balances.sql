-- With stated balances: the transfers a forward trace must replay, in processing order (pos = rank by ts, load_seq).
-- A recursive query first computes the time-respecting reachable set from the seeds: for each
-- account and hop, the earliest position at which taint of that hop can arrive, up to
-- $max_hops, never leaving a terminal account (service, cash), only over transfers that could
-- deliver at least $min_amount. It aggregates per account and hop, so it never enumerates
-- paths. That set is exactly poison's reachable set, and it bounds the work: only transfers
-- that touch a reachable account (their whole history, for balances) are returned, as the
-- columns the allocation pass reads into typed arrays. Reads trace_flows (integer keys).
-- params: $max_hops INTEGER, $min_amount DOUBLE, $until DOUBLE (epoch s), $inferred BOOLEAN
-- columns: as trace/forward_flows, plus bal_from, bal_to, gap_from, gap_to DOUBLE ('nan' = none; sql/schema/026_trace_flows.sql). Used when the case
-- has stated balances (two more columns to read otherwise).
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
  WHERE r.hop < $max_hops AND NOT e.from_terminal AND e.value_in >= $min_amount AND e.value_in > 0
  GROUP BY e.to_key, r.hop
),
reachable AS (SELECT DISTINCT account FROM reach)
SELECT f.from_key, f.to_key, f.value_out, f.value_in, f.pos, f.load_seq,
       f.bal_from, f.bal_to, f.gap_from, f.gap_to
FROM flows f
WHERE f.from_key IN (SELECT account FROM reachable) OR f.to_key IN (SELECT account FROM reachable);
