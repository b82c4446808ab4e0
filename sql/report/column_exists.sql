-- Whether a table has a column (cases made by older versions lack some).
-- params: $table VARCHAR, $column VARCHAR
-- columns: n
SELECT count(*) AS n FROM information_schema.columns WHERE table_name = $table AND column_name = $column;
