-- DuckDB's current memory limit (restored after an ingest).
SELECT current_setting('memory_limit') AS memory_limit;
