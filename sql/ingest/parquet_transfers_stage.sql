-- Stage canonical transfers from Parquet: the canonical columns (matched by name, any order,
-- optional ones may be absent) cast to text; source_row is Parquet's own row number + 1.
-- params: $path VARCHAR
INSERT INTO stage_transfers BY NAME
SELECT file_row_number + 1 AS source_row, CAST(COLUMNS(c -> lower(c) IN ('tx_id', 'timestamp', 'from_account', 'to_account', 'amount', 'currency', 'amount_received', 'currency_received', 'channel', 'reference', 'balance_after_from', 'balance_after_to')) AS VARCHAR)
FROM read_parquet($path, file_row_number = true);
