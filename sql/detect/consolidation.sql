-- Consolidation: several accounts already flagged (ransom collectors, pass-through accounts,
-- or earlier consolidation targets) sending to the same downstream account, which gets a
-- large share of all it receives from them (brokers, leaders). Run repeatedly, each pass
-- sees the previous pass's targets as sources, so collectors -> brokers -> leaders emerges.
-- One source is enough when it pays at least $single_source_share of what the account
-- receives: leaders often sit behind a single broker (the source-count part keeps it lower).
-- Terminal accounts (services, cash, agents) are cash-out points, not consolidation targets.
-- score = share from flagged sources x (0.5 + 0.5 x sources/4, capped) x (0.6 + 0.4 x best source score).
-- At least $min_amount must come from the flagged sources (a collector paying a friend is not
-- consolidation).
-- params: $min_sources INTEGER, $min_source_share, $min_source_score, $single_source_share DOUBLE, $min_amount DECIMAL, $max_evidence INTEGER
-- columns: accounts VARCHAR[] (target first, then sources), key VARCHAR, score DOUBLE,
--          evidence VARCHAR[], seeds VARCHAR[], facts STRUCT
WITH src AS (
  SELECT account_id, max(score) AS score, bool_or(pattern = 'consolidation') AS broker FROM detect_found
  WHERE pattern IN ('ransom_collection', 'pass_through', 'consolidation') AND score >= $min_source_score
  GROUP BY account_id
),
flows AS (
  SELECT t.to_account AS target, t.from_account AS source, s.score AS source_score, s.broker, t.tx_id, t.ts, t.load_seq, t.value_in
  FROM detect_tx t JOIN src s ON s.account_id = t.from_account
),
agg AS (
  SELECT target, count(DISTINCT source) AS n_sources, sum(value_in) AS from_sources, max(source_score) AS best,
         coalesce(sum(value_in) FILTER (WHERE broker), 0) AS from_brokers,
         list(DISTINCT source ORDER BY source) AS sources, list(tx_id ORDER BY ts, load_seq) AS txs
  FROM flows GROUP BY target
),
hit AS (
  SELECT a.*, f.in_value, f.n_in, f.out_value, f.fwd_value, f.top_receiver,
         CAST(a.from_sources AS DOUBLE) / CAST(f.in_value AS DOUBLE) AS src_share
  FROM agg a JOIN detect_features f ON f.account_id = a.target
  WHERE (a.n_sources >= $min_sources OR a.from_sources >= $single_source_share * f.in_value) AND f.in_value > 0
    AND a.from_sources >= $min_amount
    AND f.kind NOT IN ('service', 'cash') AND NOT starts_with(a.target, 'agent:') AND NOT starts_with(a.target, 'cash:')
)
SELECT list_concat([target], sources) AS accounts, '' AS key,
       round(src_share * (0.5 + 0.5 * least(1.0, n_sources / 4.0)) * (0.6 + 0.4 * best), 4) AS score,
       list_slice(txs, 1, $max_evidence) AS evidence, list_slice(txs, 1, $max_evidence) AS seeds,
       {target: target, n_sources: n_sources, from_sources: from_sources, in_value: in_value, n_in: n_in,
        out_value: out_value, fwd_value: fwd_value, top_receiver: top_receiver} AS facts
FROM hit
WHERE src_share >= $min_source_share
ORDER BY score DESC, target;
