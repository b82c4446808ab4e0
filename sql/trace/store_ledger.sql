-- Store the allocation ledger under tx ids and account ids (in_tx NULL for opening balances,
-- the unexplained source and pooled mixes: origin says which). Sentinels become NULL again.
-- params: $run_id VARCHAR
INSERT INTO trace_ledger (run_id, account, out_tx, in_tx, origin, amount, tainted, hop, balance_before, tainted_before, seq)
SELECT $run_id, a.account_id, oi.tx_id, ii.tx_id,
       ['lot', 'opening', 'unexplained', 'hidden_deposit', 'mix'][o.origin + 1], o.amount, o.tainted,
       nullif(o.hop, -1),
       CASE WHEN isnan(o.balance_before) THEN NULL ELSE o.balance_before END,
       CASE WHEN isnan(o.tainted_before) THEN NULL ELSE o.tainted_before END,
       o.seq
FROM trace_out_ledger o
JOIN account_records a USING (account_key)
JOIN trace_out_ids oi ON oi.pos = o.out_pos
LEFT JOIN trace_out_ids ii ON ii.pos = CASE WHEN o.in_pos >= 0 THEN o.in_pos END;
