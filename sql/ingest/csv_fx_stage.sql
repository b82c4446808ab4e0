-- Stage a canonical fx CSV: every field read as text, exactly as written. Rows with the
-- wrong number of fields (or broken quoting/encoding) are not padded or guessed: DuckDB puts
-- them in csv_rejects with their row number (see csv_rejects_stage). Columns are matched by
-- header name, so their order is free and optional ones may be absent; other columns are ignored.
-- source_row is filled afterwards (stage_fx_number), from the table's insertion order.
-- The columns ($columns: a struct of the header's names, each 'VARCHAR', see src/ingest/stageCsv.ts)
-- are given, so nothing is sniffed or guessed: a broken quote in the first rows cannot fail
-- the whole file in DuckDB's sniffer.
-- params: $path VARCHAR, $columns STRUCT
INSERT INTO stage_fx BY NAME
SELECT COLUMNS(c -> lower(c) IN ('date', 'currency', 'rate_to_reporting', 'rate_source'))
FROM read_csv($path, header = true, auto_detect = false, columns = $columns, delim = ',', quote = '"', escape = '"',
              store_rejects = true, rejects_table = 'csv_rejects', rejects_scan = 'csv_reject_scans');
