-- Write an exported (already redacted) allocation ledger, staged as CSV, to Parquet.
-- params: $csv VARCHAR (staged file), $out VARCHAR (the Parquet file)
COPY (SELECT * FROM read_csv($csv, header = true, auto_detect = false, quote = '"', escape = '"', columns = {
  'account': 'VARCHAR', 'out_tx': 'VARCHAR', 'in_tx': 'VARCHAR', 'origin': 'VARCHAR', 'amount': 'DOUBLE',
  'tainted': 'DOUBLE', 'hop': 'INTEGER', 'out_inferred': 'BOOLEAN', 'in_inferred': 'BOOLEAN'})) TO $out (FORMAT parquet);
