-- Bound DuckDB's memory during an ingest: staging and checking a 10M-row file would otherwise
-- keep every intermediate table in RAM; past the limit DuckDB spills them to <case>.tmp.
-- params: $limit VARCHAR (e.g. '2GB')
SET memory_limit = $limit;
