-- Write exported (already redacted) accounts, staged as CSV, to Parquet with explicit types.
-- params: $csv VARCHAR (staged file), $out VARCHAR (the Parquet file)
COPY (SELECT * FROM read_csv($csv, header = true, auto_detect = false, quote = '"', escape = '"', columns = {
  'account_id': 'VARCHAR', 'kind': 'VARCHAR', 'holder_name': 'VARCHAR', 'institution': 'VARCHAR', 'country': 'VARCHAR',
  'opening_balance': 'DECIMAL(18,2)', 'entity_id': 'VARCHAR', 'entity_name': 'VARCHAR', 'tainted_in': 'DOUBLE',
  'tainted_out': 'DOUBLE', 'retained': 'DOUBLE', 'exited': 'DOUBLE', 'first_hop': 'INTEGER'})) TO $out (FORMAT parquet);
