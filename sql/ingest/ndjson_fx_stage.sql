-- Stage canonical fx from NDJSON lines: each key's value as text (numbers keep their
-- digits as written; nested values stay JSON text). Missing keys are NULL. raw is the line.
INSERT INTO stage_fx (source_row, raw, "date", currency, rate_to_reporting, rate_source)
SELECT source_row, line, CASE WHEN json_valid(line) THEN line ->> '$.date' END, CASE WHEN json_valid(line) THEN line ->> '$.currency' END, CASE WHEN json_valid(line) THEN line ->> '$.rate_to_reporting' END, CASE WHEN json_valid(line) THEN line ->> '$.rate_source' END
FROM ndjson_lines
WHERE CASE WHEN json_valid(line) THEN json_type(line) = 'OBJECT' ELSE false END;
