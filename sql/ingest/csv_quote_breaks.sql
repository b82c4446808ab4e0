-- Rows whose quote was opened and never closed on their line: DuckDB read on past the line
-- break, into the rows after it, and then failed on the quoting (a quoted value followed by
-- text, or no closing quote before the end of the file). Such a rejected record spans several
-- lines; its first line is the broken row (src/ingest/stageCsv.ts sets it aside and reads the
-- rows after it again). DuckDB's line_byte_position is 1-based and may point at the line feed
-- of a CRLF before the row.
-- params: none
-- columns: record_at BIGINT (0-based byte offset where DuckDB's record starts)
SELECT DISTINCT line_byte_position - 1 AS record_at
FROM csv_rejects
WHERE error_type IN ('UNQUOTED VALUE', 'UNTERMINATED QUOTE')
  AND strpos(regexp_replace(csv_line, '^[\r\n]+', ''), chr(10)) > 0
ORDER BY record_at;
