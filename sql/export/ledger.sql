-- A run's allocation ledger (which inflow funded which outflow, under the run's rule), in the
-- order the outflows happened.
-- params: $run_id VARCHAR
-- out_inferred / in_inferred: that side is an inferred link (a hawala bridge, in no record).
-- columns: account, out_tx, in_tx, origin, amount, tainted, hop, out_inferred, in_inferred
SELECT l.account, l.out_tx, l.in_tx, l.origin, round(l.amount, 2) AS amount, round(l.tainted, 2) AS tainted, l.hop,
       coalesce(o.inferred, false) AS out_inferred, coalesce(i.inferred, false) AS in_inferred
FROM trace_ledger l
LEFT JOIN transfer_records o ON o.tx_id = l.out_tx
LEFT JOIN transfer_records i ON i.tx_id = l.in_tx
WHERE l.run_id = $run_id
ORDER BY o.ts, o.load_seq, l.out_tx, i.ts NULLS FIRST, i.load_seq, l.in_tx, l.origin;
