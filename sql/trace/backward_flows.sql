-- The transfers a backward trace must replay, in processing order (ts, load_seq).
-- A recursive query computes the time-respecting reverse reachable set of the target: for
-- each account and hop, the latest (ts, load_seq) at which money leaving it can still have
-- reached the target, up to $max_hops, never walking back through a terminal account. It
-- aggregates per account and hop (no path enumeration). Only transfers touching that set (their
-- whole history, for balances) are returned, as the columns the allocation pass reads.
-- params: $target VARCHAR, $max_hops INTEGER, $since TIMESTAMP, $until TIMESTAMP, $inferred BOOLEAN
-- columns: from_key, to_key, value_out, value_in, ts (epoch s), seed (always 0), bal_from, bal_to, load_seq
WITH RECURSIVE
edges AS (
  SELECT t.from_account AS a, t.to_account AS b, t.ts, t.load_seq AS seq
  FROM transfer_records t
  WHERE t.ts <= $until AND (NOT t.inferred OR $inferred)
),
back(account, hop, ts, seq) AS (
  SELECT e.a, 0, max(e.ts), arg_max(e.seq, (e.ts, e.seq))
  FROM edges e WHERE e.b = $target AND e.ts >= $since
  GROUP BY e.a
  UNION ALL
  SELECT e.a, r.hop + 1, max(e.ts), arg_max(e.seq, (e.ts, e.seq))
  FROM back r
  JOIN account_records ra ON ra.account_id = r.account
  JOIN edges e ON e.b = r.account AND (e.ts < r.ts OR (e.ts = r.ts AND e.seq < r.seq))
  WHERE r.hop < $max_hops AND ra.kind NOT IN ('service', 'cash')
  GROUP BY e.a, r.hop
),
reachable AS (SELECT account FROM back UNION SELECT $target)
SELECT fa.account_key AS from_key, ta.account_key AS to_key,
       t.value_out::DOUBLE AS value_out, t.value_in::DOUBLE AS value_in,
       epoch(t.ts)::DOUBLE AS ts, 0 AS seed,
       coalesce(t.balance_after_from::DOUBLE, 'nan'::DOUBLE) AS bal_from,
       coalesce(t.balance_after_to::DOUBLE, 'nan'::DOUBLE) AS bal_to,
       t.load_seq::DOUBLE AS load_seq
FROM transfer_records t
JOIN account_records fa ON fa.account_id = t.from_account
JOIN account_records ta ON ta.account_id = t.to_account
WHERE t.ts <= $until AND (NOT t.inferred OR $inferred)
  AND (t.from_account IN (SELECT account FROM reachable) OR t.to_account IN (SELECT account FROM reachable))
ORDER BY t.ts, t.load_seq;
