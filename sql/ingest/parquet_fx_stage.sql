-- Stage canonical fx from Parquet: the canonical columns (matched by name, any order,
-- optional ones may be absent) cast to text; source_row is Parquet's own row number + 1.
-- params: $path VARCHAR
INSERT INTO stage_fx BY NAME
SELECT file_row_number + 1 AS source_row, CAST(COLUMNS(c -> lower(c) IN ('date', 'currency', 'rate_to_reporting', 'rate_source')) AS VARCHAR)
FROM read_parquet($path, file_row_number = true);
