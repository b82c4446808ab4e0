-- Rejected rows for `flowtrace quarantine`: file, row, column, value as given, reason; in
-- file order then row order. $reason filters by reason code (NULL: all).
-- params: $reason VARCHAR
SELECT s.path AS file, q.source_row AS "row", q.column_name AS "column", q.value, q.reason_code, q.reason, q.raw
FROM quarantine q JOIN sources s USING (source_id)
WHERE $reason IS NULL OR q.reason_code = $reason
ORDER BY q.source_id, q.source_row;
