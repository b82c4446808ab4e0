-- Read an NDJSON file line by line as text (no quoting: a JSON line cannot contain a raw
-- newline or 0x1F), so that a malformed line is quarantined with its line number instead of
-- failing the file or being skipped. source_row is the line number; blank lines are no rows.
-- params: $path VARCHAR
CREATE OR REPLACE TEMP TABLE ndjson_lines AS
SELECT source_row, line FROM (
  SELECT row_number() OVER () AS source_row, line
  FROM read_csv($path, columns = {'line': 'VARCHAR'}, header = false, delim = chr(31), quote = '',
                escape = '', auto_detect = false, parallel = false)
) WHERE line IS NOT NULL AND trim(line) <> '';
