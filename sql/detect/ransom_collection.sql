-- Ransom collection: an account paid by many distinct, mostly one-time senders from diaspora
-- countries, in amounts typical of ransoms or their tranches, in bursts, then forwarding
-- fast. Each part is a share in [0,1]; the score multiplies them, with floors on the softer
-- parts (one-time senders, burst, forwarding) so one weak part lowers but does not zero it.
-- Diaspora origin and ransom-typical amounts are required (a gate), and multiply in fully.
-- params: $diaspora VARCHAR[], $ransom_min, $ransom_max DECIMAL, $min_senders, $full_senders INTEGER,
--         $min_diaspora_share, $min_ransom_share, $min_score DOUBLE, $forward_hours, $max_evidence INTEGER
-- columns: accounts VARCHAR[], key VARCHAR, score DOUBLE, evidence VARCHAR[], seeds VARCHAR[], facts STRUCT
WITH parts AS (
  SELECT *,
         n_in_diaspora / n_in AS dia, n_in_ransom / n_in AS ran,
         least(1.0, n_senders / $full_senders) AS many, one_time_senders / n_senders AS one,
         max_burst / n_in AS bur,
         CASE WHEN in_value > 0 THEN least(1.0, CAST(fwd_value AS DOUBLE) / CAST(in_value AS DOUBLE)) ELSE 0 END AS fwd
  FROM detect_features
  WHERE n_in > 0 AND n_senders >= $min_senders
),
hit AS (
  SELECT *, round(dia * ran * (0.4 + 0.6 * many) * (0.5 + 0.5 * one) * (0.6 + 0.4 * bur) * (0.4 + 0.6 * fwd), 4) AS score
  FROM parts
  WHERE dia >= $min_diaspora_share AND ran >= $min_ransom_share
),
paid AS (
  SELECT h.account_id, list(t.tx_id ORDER BY t.ts, t.load_seq) AS seeds
  FROM hit h JOIN detect_tx t ON t.to_account = h.account_id
  WHERE h.score >= $min_score AND list_contains($diaspora, t.from_country) AND t.value_in BETWEEN $ransom_min AND $ransom_max
  GROUP BY h.account_id
),
ins AS (SELECT to_account AS account_id, ts FROM detect_tx WHERE to_account IN (SELECT account_id FROM hit WHERE score >= $min_score)),
outs AS (SELECT from_account AS account_id, tx_id, ts, load_seq FROM detect_tx WHERE from_account IN (SELECT account_id FROM hit WHERE score >= $min_score)),
forwarded AS (
  SELECT o.account_id, list(o.tx_id ORDER BY o.ts, o.load_seq) AS txs
  FROM outs o ASOF JOIN ins i ON o.account_id = i.account_id AND o.ts >= i.ts
  WHERE o.ts - i.ts <= to_hours(CAST($forward_hours AS INTEGER))
  GROUP BY o.account_id
)
SELECT [h.account_id] AS accounts, '' AS key, h.score,
       list_slice(list_concat(p.seeds, coalesce(fw.txs, [])), 1, $max_evidence) AS evidence,
       list_slice(p.seeds, 1, $max_evidence) AS seeds,
       {n_in: h.n_in, n_senders: h.n_senders, one_time_senders: h.one_time_senders,
        n_in_diaspora: h.n_in_diaspora, diaspora_countries: h.diaspora_countries,
        n_in_ransom: h.n_in_ransom, max_burst: h.max_burst, in_value: h.in_value,
        fwd_value: h.fwd_value, median_lag_h: h.median_lag_h, top_receiver: h.top_receiver,
        first_in: h.first_in, last_in: h.last_in} AS facts
FROM hit h JOIN paid p USING (account_id) LEFT JOIN forwarded fw USING (account_id)
WHERE h.score >= $min_score
ORDER BY h.score DESC, h.account_id;
