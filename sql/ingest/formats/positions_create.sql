-- Page and line of each row of the paged file being loaded (PDF), before it becomes part of
-- the case (ingest/formats/positions_insert). TEMP, recreated empty per file.
-- Parameters: none. Columns: source_row, page, line.
CREATE OR REPLACE TEMP TABLE stage_positions (source_row BIGINT, page INTEGER, line INTEGER);
