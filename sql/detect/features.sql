-- Builds temp table detect_features: one row per account in scope that received or sent
-- anything, with the behaviour every detector and look-alike test reads. Sums are DECIMAL
-- (exact); shares are computed once from them, so scores do not depend on thread order.
-- A "ransom-like" inflow comes from the diaspora (a sender whose country is in $diaspora, or
-- a hawala account: the payout leg of a payment made abroad) and is of a ransom or tranche
-- size. A sender's ransom-like payments form one episode when they span at most 14 days
-- (tranches); schools and churches see the same payers again month after month.
-- params: $diaspora VARCHAR[] (countries), $ransom_min DECIMAL, $ransom_max DECIMAL,
--         $burst_days INTEGER, $forward_hours INTEGER
-- columns (per account): n_in, in_value, n_senders, recurring_in, n_in_diaspora, rl_in, rl_value,
--   rl_senders, rl_one_episode, rl_burst, in_median, mode_in, first_in, last_in, in_days, n_out,
--   out_value, n_receivers, top_receiver, top_receiver_value, terminal_out_value, fwd_value,
--   median_lag_h, plus kind, country, holder_name
CREATE OR REPLACE TEMP TABLE detect_features AS
WITH ins AS (
  SELECT to_account AS account_id, tx_id, ts, from_account AS cp, value_in AS v, from_country AS cp_country,
         (list_contains($diaspora, from_country) OR from_kind = 'hawala') AS remote,
         (list_contains($diaspora, from_country) OR from_kind = 'hawala') AND value_in BETWEEN $ransom_min AND $ransom_max AS ransom_like
  FROM detect_tx
),
rl_senders AS (
  SELECT account_id, cp, max(ts) - min(ts) AS span FROM ins WHERE ransom_like GROUP BY account_id, cp
),
rl AS (
  SELECT i.account_id, count(*) AS rl_in, sum(i.v) AS rl_value, count(DISTINCT i.cp) AS rl_senders
  FROM ins i WHERE i.ransom_like GROUP BY i.account_id
),
rl_once AS (
  SELECT account_id, count(*) FILTER (WHERE span <= INTERVAL 14 DAYS) AS rl_one_episode FROM rl_senders GROUP BY account_id
),
rl_burst AS (
  SELECT account_id, max(c) AS rl_burst FROM (
    SELECT account_id, count(*) OVER (PARTITION BY account_id ORDER BY ts
             RANGE BETWEEN CURRENT ROW AND to_days(CAST($burst_days AS INTEGER)) FOLLOWING) AS c
    FROM ins WHERE ransom_like)
  GROUP BY account_id
),
outs AS (
  SELECT from_account AS account_id, tx_id, ts, to_account AS cp, value_out AS v,
         (to_kind IN ('service', 'cash') OR starts_with(to_account, 'agent:') OR starts_with(to_account, 'cash:')) AS terminal
  FROM detect_tx
),
per_sender AS (
  SELECT account_id, cp, count(*) AS n, max(ts) - min(ts) AS span FROM ins GROUP BY account_id, cp
),
senders AS (
  SELECT account_id,
         coalesce(sum(n) FILTER (WHERE n >= 2 AND span >= INTERVAL 21 DAYS), 0) AS recurring_in
  FROM per_sender GROUP BY account_id
),
in_agg AS (
  SELECT account_id, count(*) AS n_in, sum(v) AS in_value, count(DISTINCT cp) AS n_senders,
         count(*) FILTER (WHERE remote) AS n_in_diaspora,
         median(v) AS in_median, min(ts) AS first_in, max(ts) AS last_in,
         count(DISTINCT CAST(ts AS DATE)) AS in_days
  FROM ins GROUP BY account_id
),
modes AS (
  SELECT account_id, max(c) AS mode_in FROM (SELECT account_id, v, count(*) AS c FROM ins GROUP BY account_id, v)
  GROUP BY account_id
),
per_receiver AS (
  SELECT account_id, cp, sum(v) AS v FROM outs GROUP BY account_id, cp
),
out_agg AS (
  SELECT o.account_id, count(*) AS n_out, sum(o.v) AS out_value, count(DISTINCT o.cp) AS n_receivers,
         coalesce(sum(o.v) FILTER (WHERE o.terminal), 0) AS terminal_out_value
  FROM outs o GROUP BY o.account_id
),
top_rcv AS (
  SELECT account_id, arg_max(cp, (v, cp)) AS top_receiver, max(v) AS top_receiver_value
  FROM per_receiver GROUP BY account_id
),
lags AS (
  SELECT o.account_id, o.v, o.ts - i.ts AS lag
  FROM outs o ASOF JOIN ins i ON o.account_id = i.account_id AND o.ts >= i.ts
),
fwd AS (
  SELECT account_id,
         coalesce(sum(v) FILTER (WHERE lag <= to_hours(CAST($forward_hours AS INTEGER))), 0) AS fwd_value,
         median(epoch(lag)) / 3600.0 AS median_lag_h
  FROM lags GROUP BY account_id
)
SELECT a.account_id, a.kind, a.country, a.holder_name,
       coalesce(i.n_in, 0) AS n_in, coalesce(i.in_value, 0) AS in_value, coalesce(i.n_senders, 0) AS n_senders,
       coalesce(s.recurring_in, 0) AS recurring_in,
       coalesce(i.n_in_diaspora, 0) AS n_in_diaspora,
       coalesce(r.rl_in, 0) AS rl_in, coalesce(r.rl_value, 0) AS rl_value, coalesce(r.rl_senders, 0) AS rl_senders,
       coalesce(ro.rl_one_episode, 0) AS rl_one_episode, coalesce(rb.rl_burst, 0) AS rl_burst,
       i.in_median, coalesce(m.mode_in, 0) AS mode_in, i.first_in, i.last_in, coalesce(i.in_days, 0) AS in_days,
       coalesce(o.n_out, 0) AS n_out, coalesce(o.out_value, 0) AS out_value, coalesce(o.n_receivers, 0) AS n_receivers,
       t.top_receiver, coalesce(t.top_receiver_value, 0) AS top_receiver_value,
       coalesce(o.terminal_out_value, 0) AS terminal_out_value, coalesce(f.fwd_value, 0) AS fwd_value,
       f.median_lag_h
FROM detect_acct a
LEFT JOIN in_agg i USING (account_id)
LEFT JOIN senders s USING (account_id)
LEFT JOIN rl r USING (account_id)
LEFT JOIN rl_once ro USING (account_id)
LEFT JOIN rl_burst rb USING (account_id)
LEFT JOIN modes m USING (account_id)
LEFT JOIN out_agg o USING (account_id)
LEFT JOIN top_rcv t USING (account_id)
LEFT JOIN fwd f USING (account_id)
WHERE a.in_scope AND (i.n_in IS NOT NULL OR o.n_out IS NOT NULL);
