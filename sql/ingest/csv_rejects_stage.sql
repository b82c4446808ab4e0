-- Rows DuckDB could not read as a CSV record of the header's width: too few or too many
-- fields, broken quoting, invalid UTF-8. One quarantine row per file row (DuckDB reports a
-- short row once per missing column). DuckDB's line counts records with the header as 1, so
-- the data row is line - 1.
INSERT INTO stage_rejects (source_row, raw, column_name, value, reason_code, reason)
SELECT line - 1,
       any_value(csv_line),
       NULL,
       NULL,
       CASE WHEN bool_or(error_type IN ('MISSING COLUMNS', 'TOO MANY COLUMNS')) THEN 'field_count'
            WHEN bool_or(error_type = 'INVALID ENCODING' OR error_type = 'INVALID UNICODE') THEN 'bad_encoding'
            ELSE 'malformed_row' END,
       CASE WHEN bool_or(error_type = 'MISSING COLUMNS') THEN 'wrong number of fields: ' || lower(arg_min(error_message, column_idx))
            WHEN bool_or(error_type = 'TOO MANY COLUMNS') THEN 'wrong number of fields: ' || lower(arg_max(error_message, column_idx))
            ELSE 'unreadable row: ' || lower(arg_min(error_message, column_idx)) END
FROM csv_rejects
GROUP BY line;
