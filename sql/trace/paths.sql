-- Time-respecting paths from $from to $to: transfer sequences (not account sequences, since
-- parallel transfers exist) with strictly ascending timestamps, no account repeated, at most
-- $max_hops transfers, inside [$since, $until], first to last transfer within $window_s seconds
-- (0 = no limit). Ranked by the amount that can have flowed along the path (its bottleneck: the
-- smallest value_in), then fewer hops, then ids. A bounded query for showing paths, never the
-- way amounts are computed. A reverse recursive pass first finds the accounts that can still
-- reach $to in the hops left (and until when), so the forward enumeration only extends paths
-- that can finish.
-- params: $from VARCHAR, $to VARCHAR, $max_hops INTEGER, $since TIMESTAMP, $until TIMESTAMP, $window_s DOUBLE, $inferred BOOLEAN, $limit INTEGER
-- columns: txs VARCHAR[], accounts VARCHAR[], amount DOUBLE, hops INTEGER, total BIGINT
WITH RECURSIVE
edges AS (
  SELECT tx_id, from_account AS a, to_account AS b, ts, epoch(ts) AS s, value_in::DOUBLE AS v
  FROM transfer_records
  WHERE ts >= $since AND ts <= $until AND (NOT inferred OR $inferred) AND from_account <> to_account
),
to_target(account, hops, ts) AS (
  SELECT a, 1, max(ts) FROM edges WHERE b = $to GROUP BY a
  UNION ALL
  SELECT e.a, t.hops + 1, max(e.ts)
  FROM to_target t JOIN edges e ON e.b = t.account AND e.ts < t.ts
  WHERE t.hops < $max_hops
  GROUP BY e.a, t.hops
),
can_reach AS (SELECT account, min(hops) AS hops, max(ts) AS ts FROM to_target GROUP BY account),
paths(last, last_ts, first_s, accounts, txs, amount, hops) AS (
  SELECT e.b, e.ts, e.s, [e.a, e.b], [e.tx_id], e.v, 1
  FROM edges e LEFT JOIN can_reach c ON c.account = e.b
  WHERE e.a = $from AND (e.b = $to OR (c.hops <= $max_hops - 1 AND c.ts > e.ts))
  UNION ALL
  SELECT e.b, e.ts, p.first_s, list_append(p.accounts, e.b), list_append(p.txs, e.tx_id), least(p.amount, e.v), p.hops + 1
  FROM paths p
  JOIN edges e ON e.a = p.last AND e.ts > p.last_ts
  LEFT JOIN can_reach c ON c.account = e.b
  WHERE p.last <> $to AND p.hops < $max_hops AND NOT list_contains(p.accounts, e.b)
    AND ($window_s = 0 OR e.s - p.first_s <= $window_s)
    AND (e.b = $to OR (c.hops <= $max_hops - p.hops - 1 AND c.ts > e.ts))
)
SELECT txs, accounts, amount, hops, count(*) OVER () AS total
FROM paths WHERE last = $to
ORDER BY amount DESC, hops, array_to_string(txs, ',')
LIMIT $limit;
