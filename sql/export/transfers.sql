-- Transfers to export: every transfer of the case, or (with a run id) those that carried taint
-- in that run, with the run's tainted amount and hop. Amounts as exact decimal text; inferred
-- links keep their flag and the hawala evidence behind them; provenance (file, SHA-256, row).
-- params: $run_id VARCHAR (NULL for the whole case)
-- columns: tx_id, timestamp, from_account, to_account, amount, currency, amount_received,
--   currency_received, value_out, value_in, fx_rate, fx_source, channel, reference, inferred,
--   inferred_confidence, inferred_evidence, source_file, source_sha256, source_row, tainted, hop
SELECT t.tx_id, strftime(t.ts, '%Y-%m-%dT%H:%M:%SZ') AS timestamp, t.from_account, t.to_account,
       CAST(t.amount AS VARCHAR) AS amount, t.currency, CAST(t.amount_received AS VARCHAR) AS amount_received,
       t.currency_received, CAST(t.value_out AS VARCHAR) AS value_out, CAST(t.value_in AS VARCHAR) AS value_in,
       CAST(coalesce(t.fx_rate_out, t.fx_rate_in) AS VARCHAR) AS fx_rate, t.fx_source, t.channel, t.reference,
       t.inferred, h.confidence AS inferred_confidence, h.evidence AS inferred_evidence,
       s.path AS source_file, s.sha256 AS source_sha256, CAST(t.source_row AS BIGINT) AS source_row,
       round(tt.tainted, 2) AS tainted, tt.hop
FROM transfer_records t
LEFT JOIN sources s ON s.source_id = t.source_id
LEFT JOIN hawala_bridges h ON h.tx_id = t.tx_id
LEFT JOIN trace_transfers tt ON tt.tx_id = t.tx_id AND tt.run_id = CAST($run_id AS VARCHAR)
WHERE CAST($run_id AS VARCHAR) IS NULL OR tt.tx_id IS NOT NULL
ORDER BY t.ts, t.load_seq;
