-- Stage canonical accounts from NDJSON lines: each key's value as text (numbers keep their
-- digits as written; nested values stay JSON text). Missing keys are NULL. raw is the line.
INSERT INTO stage_accounts (source_row, raw, account_id, kind, id_type, holder_name, institution, country, opening_balance)
SELECT source_row, line, CASE WHEN json_valid(line) THEN line ->> '$.account_id' END, CASE WHEN json_valid(line) THEN line ->> '$.kind' END, CASE WHEN json_valid(line) THEN line ->> '$.id_type' END, CASE WHEN json_valid(line) THEN line ->> '$.holder_name' END, CASE WHEN json_valid(line) THEN line ->> '$.institution' END, CASE WHEN json_valid(line) THEN line ->> '$.country' END, CASE WHEN json_valid(line) THEN line ->> '$.opening_balance' END
FROM ndjson_lines
WHERE CASE WHEN json_valid(line) THEN json_type(line) = 'OBJECT' ELSE false END;
