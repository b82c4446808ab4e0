-- Whether a table exists (detection results are optional in a case).
-- params: $name VARCHAR
-- columns: n
SELECT CAST(count(*) AS DOUBLE) AS n FROM duckdb_tables() WHERE table_name = $name;
