-- Store per-run notes (stated-balance corrections, backward origins) under account and tx ids.
-- A hidden deposit / withdrawal also states, in its detail, the stated balance it comes from
-- in the statement's own currency (trace_balances): the currency, the native amount, the rate
-- and the converted (reporting-currency) amount, and whether the native gap was reconciled in
-- that currency (basis native: native_amount is the gap) or the stated balance was converted
-- and compared in the reporting currency (basis reporting: native_amount is the correction
-- at that rate).
-- params: $run_id VARCHAR
INSERT INTO trace_notes (run_id, kind, account_id, tx_id, amount, detail)
SELECT $run_id, o.kind, a.account_id, f.tx_id, o.amount,
       CASE WHEN b.load_seq IS NULL THEN o.detail
            ELSE json_merge_patch(o.detail::JSON, json_object(
              'currency', b.currency,
              'native_amount', CASE WHEN b.basis = 'native' THEN abs(b.gap)
                                    WHEN b.rate > 0 THEN round(o.amount / b.rate::DOUBLE, 2) END,
              'rate', b.rate,
              'converted_amount', round(o.amount, 2),
              'stated_balance', b.stated,
              'computed_balance_before', b.computed_before,
              'basis', b.basis))::VARCHAR END
FROM trace_out_notes o
JOIN account_records a USING (account_key)
LEFT JOIN trace_flows f ON f.pos = CASE WHEN o.pos >= 0 THEN o.pos END
LEFT JOIN trace_balances b ON o.kind IN ('hidden_deposit', 'hidden_withdrawal')
  AND b.load_seq = f.load_seq AND b.account_id = a.account_id;
