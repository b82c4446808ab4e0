-- Which compression DuckDB writes with: 'fsst' while inserting transfers, then back to what
-- it was. Left to itself DuckDB tries every method on every string column segment; at 1M
-- canonical rows forcing FSST made the whole ingest take ~10% less CPU (insert 1.8 -> 1.4 s)
-- for a ~10% larger case file. Numeric columns, which FSST cannot hold, are compressed as usual.
-- params: $method VARCHAR ('fsst', 'auto', ...)
SET force_compression = $method;
