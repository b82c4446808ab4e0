-- Store the allocation ledger under tx ids and account ids (in_tx NULL for opening balances,
-- the unexplained source, hidden deposits and pooled mixes: origin says which).
-- params: $run_id VARCHAR
INSERT INTO trace_ledger (run_id, account, out_tx, in_tx, origin, amount, tainted, hop, balance_before, tainted_before, seq)
SELECT $run_id, a.account_id, ot.tx_id, it.tx_id, o.origin, o.amount, o.tainted, o.hop, o.balance_before, o.tainted_before,
       row_number() OVER (ORDER BY o.out_seq, o.rowid)
FROM trace_out_ledger o
JOIN account_records a USING (account_key)
JOIN transfer_records ot ON ot.load_seq = o.out_seq
LEFT JOIN transfer_records it ON it.load_seq = o.in_seq;
