-- Pass-through: money leaves within hours or days of arriving, in a similar total, to few
-- receivers (mules and collectors forward; a shop or a family spends slowly and widely).
-- Mobile-money agents are balanced too but pay out to hundreds of customers, so the share of
-- the largest receiver keeps them out. Terminal accounts (services, cash) never pass through,
-- nor do hawala and money-transfer accounts (carriers: passing money on is what they are for),
-- and money mostly cashed out at an agent is spending, not forwarding (a family withdrawing a
-- remittance): at least half must go to non-terminal accounts.
-- score = forwarded share x closeness of out/in to 1 x sqrt(largest receiver's share).
-- Accounts that received less than $min_amount in all are left out (pocket money passed on).
-- params: $min_inflows INTEGER, $min_amount DECIMAL, $min_ratio, $max_ratio, $min_forwarded, $min_top_share, $min_score DOUBLE,
--         $forward_hours, $max_evidence INTEGER
-- columns: accounts VARCHAR[], key VARCHAR, score DOUBLE, evidence VARCHAR[], seeds VARCHAR[], facts STRUCT
WITH parts AS (
  SELECT *,
         CAST(out_value AS DOUBLE) / CAST(in_value AS DOUBLE) AS ratio,
         least(1.0, CAST(fwd_value AS DOUBLE) / CAST(in_value AS DOUBLE)) AS fwd,
         CAST(top_receiver_value AS DOUBLE) / CAST(out_value AS DOUBLE) AS top_share,
         CAST(terminal_out_value AS DOUBLE) / CAST(out_value AS DOUBLE) AS terminal_share
  FROM detect_features
  WHERE n_in >= $min_inflows AND n_out >= 1 AND in_value >= $min_amount AND out_value > 0
    AND kind NOT IN ('service', 'cash', 'hawala', 'mto') AND NOT starts_with(account_id, 'agent:') AND NOT starts_with(account_id, 'cash:')
),
hit AS (
  SELECT *, round(fwd * greatest(0.0, 1.0 - abs(1.0 - ratio)) * sqrt(top_share), 4) AS score
  FROM parts
  WHERE ratio BETWEEN $min_ratio AND $max_ratio AND fwd >= $min_forwarded AND top_share >= $min_top_share
    AND terminal_share < 0.5
),
kept AS (SELECT * FROM hit WHERE score >= $min_score),
ins AS (
  SELECT to_account AS account_id, tx_id, ts, load_seq FROM detect_tx WHERE to_account IN (SELECT account_id FROM kept)
),
outs AS (
  SELECT from_account AS account_id, tx_id, ts, load_seq FROM detect_tx WHERE from_account IN (SELECT account_id FROM kept)
),
received AS (
  SELECT account_id, list(tx_id ORDER BY ts, load_seq) AS txs FROM ins GROUP BY account_id
),
forwarded AS (
  SELECT o.account_id, list(o.tx_id ORDER BY o.ts, o.load_seq) AS txs
  FROM outs o ASOF JOIN ins i ON o.account_id = i.account_id AND o.ts >= i.ts
  WHERE o.ts - i.ts <= to_hours(CAST($forward_hours AS INTEGER))
  GROUP BY o.account_id
)
SELECT [k.account_id] AS accounts, '' AS key, k.score,
       list_slice(list_concat(r.txs, coalesce(fw.txs, [])), 1, $max_evidence) AS evidence,
       list_slice(r.txs, 1, $max_evidence) AS seeds,
       {n_in: k.n_in, in_value: k.in_value, n_out: k.n_out, out_value: k.out_value, fwd_value: k.fwd_value,
        median_lag_h: k.median_lag_h, top_receiver: k.top_receiver, top_receiver_value: k.top_receiver_value,
        n_receivers: k.n_receivers} AS facts
FROM kept k JOIN received r USING (account_id) LEFT JOIN forwarded fw USING (account_id)
ORDER BY k.score DESC, k.account_id;
