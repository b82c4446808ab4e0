-- Store per-run notes (stated-balance corrections, backward origins) under account and tx ids.
-- params: $run_id VARCHAR
INSERT INTO trace_notes (run_id, kind, account_id, tx_id, amount, detail)
SELECT $run_id, o.kind, a.account_id, f.tx_id, o.amount, o.detail
FROM trace_out_notes o
JOIN account_records a USING (account_key)
LEFT JOIN trace_flows f ON f.pos = CASE WHEN o.pos >= 0 THEN o.pos END;
