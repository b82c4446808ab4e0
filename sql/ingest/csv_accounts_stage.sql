-- Stage a canonical accounts CSV: every field read as text, exactly as written. Rows with the
-- wrong number of fields (or broken quoting/encoding) are not padded or guessed: DuckDB puts
-- them in csv_rejects with their row number (see csv_rejects_stage). Columns are matched by
-- header name, so their order is free and optional ones may be absent; other columns are ignored.
-- source_row is filled afterwards (stage_accounts_number), from the table's insertion order.
-- params: $path VARCHAR
INSERT INTO stage_accounts BY NAME
SELECT COLUMNS(c -> lower(c) IN ('account_id', 'kind', 'id_type', 'holder_name', 'institution', 'country', 'opening_balance'))
FROM read_csv($path, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"',
              store_rejects = true, rejects_table = 'csv_rejects', rejects_scan = 'csv_reject_scans');
