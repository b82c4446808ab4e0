-- Write exported (already redacted) transfers, staged as CSV, to Parquet with explicit types.
-- params: $csv VARCHAR (staged file), $out VARCHAR (the Parquet file)
COPY (SELECT * FROM read_csv($csv, header = true, auto_detect = false, quote = '"', escape = '"', columns = {
  'tx_id': 'VARCHAR', 'timestamp': 'TIMESTAMP', 'from_account': 'VARCHAR', 'to_account': 'VARCHAR',
  'amount': 'DECIMAL(18,2)', 'currency': 'VARCHAR', 'amount_received': 'DECIMAL(18,2)', 'currency_received': 'VARCHAR',
  'value_out': 'DECIMAL(18,2)', 'value_in': 'DECIMAL(18,2)', 'fx_rate': 'DECIMAL(24,10)', 'fx_source': 'VARCHAR',
  'channel': 'VARCHAR', 'reference': 'VARCHAR', 'inferred': 'BOOLEAN', 'inferred_confidence': 'DOUBLE',
  'inferred_evidence': 'VARCHAR', 'source_file': 'VARCHAR', 'source_sha256': 'VARCHAR', 'source_row': 'BIGINT',
  'tainted': 'DOUBLE', 'hop': 'INTEGER'})) TO $out (FORMAT parquet);
