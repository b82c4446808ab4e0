-- The benchmark's baseline: DuckDB's own read_csv of the same file into a table, nothing else.
-- params: $path VARCHAR
CREATE OR REPLACE TABLE bare AS SELECT * FROM read_csv($path);
