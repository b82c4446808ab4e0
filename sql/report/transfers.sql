-- Every transfer that carried taint in the run, with the record it came from (file, row).
-- Hop 0 transfers are the seeds. Ordered as the tracer processes them: (ts, load_seq).
-- params: $run_id VARCHAR
-- columns: tx_id, ts, from_account, to_account, amount, currency, value_out, value_in,
--          tainted, tainted_in, hop, beyond_horizon, below_threshold, fees, channel,
--          reference, source_file, source_row, inferred, inferred_confidence, inferred_evidence
-- (inferred: a hawala bridge, in no record; its confidence and evidence from hawala_bridges)
SELECT x.tx_id, strftime(t.ts, '%Y-%m-%dT%H:%M:%SZ') AS ts, t.from_account, t.to_account,
       CAST(t.amount AS DOUBLE) AS amount, t.currency,
       CAST(t.value_out AS DOUBLE) AS value_out, CAST(t.value_in AS DOUBLE) AS value_in,
       x.tainted, x.tainted_in, x.hop, x.beyond_horizon, x.below_threshold, x.fees,
       t.channel, t.reference, s.file_name AS source_file, CAST(t.source_row AS DOUBLE) AS source_row,
       t.inferred, h.confidence AS inferred_confidence, h.evidence AS inferred_evidence
FROM trace_transfers x
JOIN transfer_records t USING (tx_id)
LEFT JOIN sources s USING (source_id)
LEFT JOIN hawala_bridges h ON h.tx_id = x.tx_id
WHERE x.run_id = $run_id
ORDER BY t.ts, t.load_seq, x.tx_id;
