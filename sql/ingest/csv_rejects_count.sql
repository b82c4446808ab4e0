-- How many read errors DuckDB stored for the CSV just staged (0: no row numbers to correct).
SELECT count(*) AS n FROM csv_rejects;
