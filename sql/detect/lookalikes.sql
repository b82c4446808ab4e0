-- Look-alike hubs: accounts whose fan-in resembles ransom collection but whose behaviour
-- says otherwise, so detection scores them low and says why.
--   mobile_money_agent: many customers both ways, cash-in and cash-out balanced, small amounts
--     (or an agent:/service account);
--   school_or_church: diaspora fan-in that recurs (the same payers month after month, or a
--     fixed fee paid by many) and is not forwarded; a holder name like "school", "church"
--     supports it but is never enough on its own. Or, forwarded or not (a parish passes its
--     collections on to its own operating account): at least $collection_min_payers payers,
--     some from the diaspora, and a median payment below the smallest ransom tranche
--     (offerings and fees), which ransom collectors, paid by a handful of relatives, never show;
--   merchant: many mostly local payers (or a merchant: till), money not forwarded in bulk.
-- params: $collection_min_payers INTEGER, $ransom_min DECIMAL, $agent_min_cp INTEGER, $agent_max_median DECIMAL, $agent_band, $min_recurring,
--         $max_forwarded DOUBLE, $merchant_min_payers INTEGER, $merchant_max_diaspora DOUBLE
-- columns: account_id, lookalike VARCHAR, facts STRUCT
WITH f AS (
  SELECT *,
         CASE WHEN n_in > 0 THEN n_in_diaspora / n_in ELSE 0 END AS dia,
         CASE WHEN in_value > 0 THEN least(1.0, CAST(fwd_value AS DOUBLE) / CAST(in_value AS DOUBLE)) ELSE 0 END AS fwd,
         CASE WHEN in_value > 0 THEN CAST(out_value AS DOUBLE) / CAST(in_value AS DOUBLE) END AS ratio,
         CASE WHEN n_in > 0 THEN recurring_in / n_in ELSE 0 END AS recurring,
         CASE WHEN n_in > 0 THEN mode_in / n_in ELSE 0 END AS fixed_fee,
         regexp_matches(lower(coalesce(holder_name, '')),
           'school|academy|college|university|church|parish|cathedral|mosque|masjid|tewahedo|monastery|ministry|mission|charity|foundation') AS name_hint
  FROM detect_features
),
c AS (
  SELECT *,
    CASE
      WHEN starts_with(account_id, 'agent:') OR kind = 'service'
        OR (n_senders + n_receivers >= $agent_min_cp AND n_in >= 10 AND n_out >= 10 AND ratio BETWEEN 1 - $agent_band AND 1 + $agent_band
            AND in_median <= $agent_max_median AND dia < 0.5)
        THEN 'mobile_money_agent'
      WHEN n_senders >= 5 AND fwd <= $max_forwarded AND dia >= 0.2
        AND (recurring >= $min_recurring OR (fixed_fee >= 0.3 AND mode_in >= 3) OR name_hint)
        THEN 'school_or_church'
      WHEN n_senders >= $collection_min_payers AND dia >= 0.2 AND in_median < $ransom_min
        THEN 'school_or_church'
      WHEN starts_with(account_id, 'merchant:')
        OR (n_senders >= $merchant_min_payers AND dia <= $merchant_max_diaspora AND fwd <= 0.5)
        THEN 'merchant'
    END AS lookalike
  FROM f
)
SELECT account_id, lookalike,
       {n_in: n_in, n_out: n_out, in_value: in_value, out_value: out_value, n_senders: n_senders,
        n_receivers: n_receivers, in_median: in_median, n_in_diaspora: n_in_diaspora, recurring_in: recurring_in,
        mode_in: mode_in, fwd_value: fwd_value, top_receiver: top_receiver, name_hint: name_hint, holder_name: holder_name, kind: kind,
        in_days: in_days, first_in: first_in, last_in: last_in} AS facts
FROM c
WHERE lookalike IS NOT NULL
ORDER BY account_id;
