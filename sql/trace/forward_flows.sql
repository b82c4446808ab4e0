-- The transfers a forward trace must replay, in processing order (ts, load_seq).
-- A recursive query first computes the time-respecting reachable set from the seeds: for each
-- account and hop, the earliest (ts, load_seq) at which taint of that hop can arrive, up to
-- $max_hops, never leaving a terminal account (service, cash), only over transfers that could
-- deliver at least $min_amount. It aggregates per account and hop, so it never enumerates
-- paths. That set is exactly poison's reachable set, and it bounds the work: only transfers
-- that touch a reachable account (their whole history, for balances) are returned, as the
-- columns the allocation pass reads into typed arrays.
-- params: $max_hops INTEGER, $min_amount DOUBLE, $until TIMESTAMP, $inferred BOOLEAN
-- columns: from_key INTEGER, to_key INTEGER, value_out DOUBLE, value_in DOUBLE, ts DOUBLE (epoch s),
--          seed INTEGER, bal_from DOUBLE, bal_to DOUBLE ('nan' = none), load_seq DOUBLE
WITH RECURSIVE
edges AS (
  SELECT t.from_account AS a, t.to_account AS b, t.ts, t.load_seq
  FROM transfer_records t JOIN account_records fa ON fa.account_id = t.from_account
  WHERE t.ts <= $until AND (NOT t.inferred OR $inferred) AND fa.kind NOT IN ('service', 'cash')
    AND t.value_in::DOUBLE >= $min_amount AND t.value_in > 0
),
reach(account, hop, ts, seq) AS (
  SELECT t.to_account, 0, min(t.ts), arg_min(t.load_seq, (t.ts, t.load_seq))
  FROM transfer_records t JOIN trace_seed_ids USING (tx_id)
  WHERE t.ts <= $until
  GROUP BY t.to_account
  UNION ALL
  SELECT e.b, r.hop + 1, min(e.ts), arg_min(e.seq_, (e.ts, e.seq_))
  FROM reach r JOIN (SELECT a, b, ts, load_seq AS seq_ FROM edges) e
    ON e.a = r.account AND (e.ts > r.ts OR (e.ts = r.ts AND e.seq_ > r.seq))
  WHERE r.hop < $max_hops
  GROUP BY e.b, r.hop
),
reachable AS (SELECT DISTINCT account FROM reach)
SELECT fa.account_key AS from_key, ta.account_key AS to_key,
       t.value_out::DOUBLE AS value_out, t.value_in::DOUBLE AS value_in,
       epoch(t.ts)::DOUBLE AS ts, (s.tx_id IS NOT NULL)::INTEGER AS seed,
       coalesce(t.balance_after_from::DOUBLE, 'nan'::DOUBLE) AS bal_from,
       coalesce(t.balance_after_to::DOUBLE, 'nan'::DOUBLE) AS bal_to,
       t.load_seq::DOUBLE AS load_seq
FROM transfer_records t
JOIN account_records fa ON fa.account_id = t.from_account
JOIN account_records ta ON ta.account_id = t.to_account
LEFT JOIN trace_seed_ids s ON s.tx_id = t.tx_id
WHERE t.ts <= $until AND (NOT t.inferred OR $inferred)
  AND (t.from_account IN (SELECT account FROM reachable) OR t.to_account IN (SELECT account FROM reachable))
ORDER BY t.ts, t.load_seq;
