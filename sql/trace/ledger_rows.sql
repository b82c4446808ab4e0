-- A run's allocation ledger, optionally for one account, with the timestamps and source rows
-- of the outflow and of the inflow that funded it (so every amount leads back to a record).
-- params: $run_id VARCHAR, $account VARCHAR (NULL = all)
-- out_inferred / in_inferred: that side is an inferred link (a hawala bridge, in no record).
-- columns: account, out_tx, out_time, in_tx, in_time, origin, amount, tainted, hop, balance_before, tainted_before,
--          out_source_file, out_source_row, in_source_file, in_source_row, out_inferred, in_inferred
SELECT l.account, l.out_tx, strftime(o.timestamp, '%Y-%m-%dT%H:%M:%SZ') AS out_time,
       l.in_tx, strftime(i.timestamp, '%Y-%m-%dT%H:%M:%SZ') AS in_time, l.origin, l.amount, l.tainted, l.hop,
       l.balance_before, l.tainted_before,
       o.source_file AS out_source_file, o.source_row AS out_source_row, i.source_file AS in_source_file, i.source_row AS in_source_row,
       o.inferred AS out_inferred, coalesce(i.inferred, false) AS in_inferred
FROM trace_ledger l
JOIN transfers o ON o.tx_id = l.out_tx
LEFT JOIN transfers i ON i.tx_id = l.in_tx
WHERE l.run_id = $run_id AND ($account IS NULL OR l.account = $account)
ORDER BY l.seq;
