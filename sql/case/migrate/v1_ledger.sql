-- Version 1 to 2: the allocation ledger under integer keys, origin as its code.
-- params: none
INSERT INTO trace_ledger_rows (run_key, account_key, out_seq, in_seq, origin, amount, tainted, hop, balance_before, tainted_before, seq)
SELECT k.run_key, a.account_key, o.load_seq, i.load_seq,
       list_position(['lot', 'opening', 'unexplained', 'hidden_deposit', 'mix'], v.origin) - 1,
       v.amount, v.tainted, v.hop, v.balance_before, v.tainted_before,
       v.seq
FROM trace_ledger_v1 v JOIN trace_run_keys k USING (run_id) JOIN account_records a ON a.account_id = v.account
JOIN transfer_records o ON o.tx_id = v.out_tx LEFT JOIN transfer_records i ON i.tx_id = v.in_tx;
