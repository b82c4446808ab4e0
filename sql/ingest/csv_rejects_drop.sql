-- Forget the previous file's CSV read errors (DuckDB appends to the rejects table on every scan).
DROP TABLE IF EXISTS csv_rejects;
