-- Rows DuckDB could not read as a CSV record of the header's width: too few or too many
-- fields, broken quoting, invalid UTF-8. One quarantine row per file row (DuckDB reports a
-- short row once per missing column). DuckDB's line counts records with the header as 1 and
-- also counts blank lines, which are no rows: the data row is line - 1 - the blank lines
-- before the error in it ($blank_lines: their byte offsets, see blankLines.ts; the error
-- position is inside the row, so blank lines right before it count). DuckDB's csv_line starts
-- with the line break before it; that is not part of the row.
-- params: $blank_lines VARCHAR (a list literal, e.g. "[12, 40]")
INSERT INTO stage_rejects (source_row, raw, column_name, value, reason_code, reason)
SELECT line - 1 - len(list_filter(CAST($blank_lines AS BIGINT[]), b -> b < error_at)), raw, NULL, NULL, reason_code, reason
FROM (
  SELECT line, min(byte_position) AS error_at,
         regexp_replace(any_value(csv_line), '^[\r\n]+', '') AS raw,
         CASE WHEN bool_or(error_type IN ('MISSING COLUMNS', 'TOO MANY COLUMNS')) THEN 'field_count'
              WHEN bool_or(error_type = 'INVALID ENCODING' OR error_type = 'INVALID UNICODE') THEN 'bad_encoding'
              ELSE 'malformed_row' END AS reason_code,
         CASE WHEN bool_or(error_type = 'MISSING COLUMNS') THEN 'wrong number of fields: ' || lower(arg_min(error_message, column_idx))
              WHEN bool_or(error_type = 'TOO MANY COLUMNS') THEN 'wrong number of fields: ' || lower(arg_max(error_message, column_idx))
              ELSE 'unreadable row: ' || lower(arg_min(error_message, column_idx)) END AS reason
  FROM csv_rejects
  GROUP BY line
);
