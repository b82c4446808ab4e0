-- The column names of a Parquet file (for recognising canonical input by its columns).
-- params: $path VARCHAR
SELECT name FROM parquet_schema($path) WHERE num_children IS NULL OR num_children = 0;
