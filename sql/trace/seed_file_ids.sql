-- The transfer ids named by a seed file: a CSV with a tx_id column (any case; other columns
-- ignored), read by DuckDB's CSV reader (quoting, BOM, line endings), in file order.
-- params: $path VARCHAR
-- columns: row BIGINT (1-based data record), tx_id VARCHAR (trimmed; NULL when empty)
SELECT row_number() OVER () AS row, nullif(trim(tx_id), '') AS tx_id
FROM read_csv($path, header = true, all_varchar = true, normalize_names = true);
