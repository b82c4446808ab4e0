-- NDJSON lines that are not a JSON object: quarantined whole, with their line number.
INSERT INTO stage_rejects (source_row, raw, column_name, value, reason_code, reason)
SELECT source_row, line, NULL, NULL, 'malformed_row', 'not a JSON object'
FROM ndjson_lines
WHERE CASE WHEN json_valid(line) THEN json_type(line) <> 'OBJECT' ELSE true END;
