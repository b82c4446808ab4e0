-- Stage a canonical fx CSV: every field read as text, exactly as written. Rows with the
-- wrong number of fields (or broken quoting/encoding) are not padded or guessed: DuckDB puts
-- them in csv_rejects with their row number (see csv_rejects_stage). Columns are matched by
-- header name, so their order is free and optional ones may be absent; other columns are ignored.
-- source_row is filled afterwards (stage_fx_number), from the table's insertion order.
-- params: $path VARCHAR
INSERT INTO stage_fx BY NAME
SELECT COLUMNS(c -> lower(c) IN ('date', 'currency', 'rate_to_reporting', 'rate_source'))
FROM read_csv($path, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"',
              store_rejects = true, rejects_table = 'csv_rejects', rejects_scan = 'csv_reject_scans');
