-- Ransom collection: an account paid by several distinct senders from the diaspora (or
-- through hawala payouts, the local leg of a payment made abroad) in amounts typical of
-- ransoms or their tranches, each sender in one short episode (tranches within 14 days, not
-- month after month like school fees), in bursts, then forwarding fast.
-- Only these "ransom-like" inflows are counted for the pattern itself, so a collector's
-- everyday spending and the transfers between his own wallets do not dilute it; how much of
-- all the money received they make up enters the score as one part.
-- score = (0.2 + 0.8 x min(1, senders / $full_senders)) x (0.3 + 0.7 x one-episode share)
--       x (0.5 + 0.5 x min(1, 2 x ransom-like value share)) x (0.7 + 0.3 x burst share)
--       x (0.3 + 0.7 x forwarded share).
-- params: $diaspora VARCHAR[], $ransom_min, $ransom_max DECIMAL, $min_senders, $full_senders INTEGER,
--         $min_score DOUBLE, $forward_hours, $max_evidence INTEGER
-- columns: accounts VARCHAR[], key VARCHAR, score DOUBLE, evidence VARCHAR[], seeds VARCHAR[], facts STRUCT
WITH parts AS (
  SELECT *,
         least(1.0, rl_senders / $full_senders) AS many, rl_one_episode / rl_senders AS one,
         least(1.0, 2.0 * CAST(rl_value AS DOUBLE) / CAST(in_value AS DOUBLE)) AS share_v,
         rl_burst / rl_in AS bur,
         least(1.0, CAST(fwd_value AS DOUBLE) / CAST(in_value AS DOUBLE)) AS fwd
  FROM detect_features
  WHERE rl_senders >= $min_senders AND in_value > 0
    AND kind NOT IN ('service', 'cash', 'mto', 'hawala')
    AND NOT starts_with(account_id, 'agent:') AND NOT starts_with(account_id, 'merchant:')
),
hit AS (
  SELECT *, round((0.2 + 0.8 * many) * (0.3 + 0.7 * one) * (0.5 + 0.5 * share_v) * (0.7 + 0.3 * bur) * (0.3 + 0.7 * fwd), 4) AS score
  FROM parts
),
kept AS (SELECT * FROM hit WHERE score >= $min_score),
paid AS (
  SELECT k.account_id, list(t.tx_id ORDER BY t.ts, t.load_seq) AS seeds,
         coalesce(list_sort(list_distinct(list(t.from_country) FILTER (WHERE list_contains($diaspora, t.from_country)))), []) AS countries,
         count(*) FILTER (WHERE t.from_kind = 'hawala') AS via_hawala
  FROM kept k JOIN detect_tx t ON t.to_account = k.account_id
  WHERE (list_contains($diaspora, t.from_country) OR t.from_kind = 'hawala') AND t.value_in BETWEEN $ransom_min AND $ransom_max
  GROUP BY k.account_id
),
ins AS (SELECT to_account AS account_id, ts FROM detect_tx WHERE to_account IN (SELECT account_id FROM kept)),
outs AS (SELECT from_account AS account_id, tx_id, ts, load_seq FROM detect_tx WHERE from_account IN (SELECT account_id FROM kept)),
forwarded AS (
  SELECT o.account_id, list(o.tx_id ORDER BY o.ts, o.load_seq) AS txs
  FROM outs o ASOF JOIN ins i ON o.account_id = i.account_id AND o.ts >= i.ts
  WHERE o.ts - i.ts <= to_hours(CAST($forward_hours AS INTEGER))
  GROUP BY o.account_id
)
SELECT [k.account_id] AS accounts, '' AS key, k.score,
       list_slice(list_concat(p.seeds, coalesce(fw.txs, [])), 1, $max_evidence) AS evidence,
       list_slice(p.seeds, 1, $max_evidence) AS seeds,
       {n_in: k.n_in, in_value: k.in_value, rl_in: k.rl_in, rl_value: k.rl_value, rl_senders: k.rl_senders,
        rl_one_episode: k.rl_one_episode, rl_burst: k.rl_burst, countries: p.countries, via_hawala: p.via_hawala,
        fwd_value: k.fwd_value, median_lag_h: k.median_lag_h, top_receiver: k.top_receiver,
        first_in: k.first_in, last_in: k.last_in} AS facts
FROM kept k JOIN paid p USING (account_id) LEFT JOIN forwarded fw USING (account_id)
ORDER BY k.score DESC, k.account_id;
