-- Evaluation and test loader (not the ingest path): reads a transfers CSV with the canonical
-- columns straight into transfer_records, taking amounts as already in the reporting currency
-- (the public data sets and detection fixtures are valued that way). Real cases use ingest.
-- params: $path VARCHAR (CSV with tx_id,timestamp,from_account,to_account,amount[,currency])
INSERT INTO transfer_records (tx_id, ts, from_account, to_account, amount, currency, amount_received,
  currency_received, value_out, value_in, load_seq)
SELECT tx_id, CAST(timestamp AS TIMESTAMP), from_account, to_account, CAST(amount AS DECIMAL(18,2)), 'USD',
       CAST(amount AS DECIMAL(18,2)), 'USD', CAST(amount AS DECIMAL(18,2)), CAST(amount AS DECIMAL(18,2)),
       (SELECT coalesce(max(load_seq), 0) FROM transfer_records) + row_number() OVER ()
FROM read_csv($path, header = true, all_varchar = true);
