-- Record the staged page/line positions of this file's rows in the case (inside the load
-- transaction: they land with the rows or not at all).
-- Parameters: $source_id. Columns: none.
INSERT INTO source_positions (source_id, source_row, page, line)
SELECT $source_id, source_row, page, line FROM stage_positions ORDER BY source_row;
