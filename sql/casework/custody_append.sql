-- Append one custody-log entry (its seq, prev_hash and hash computed by the caller).
-- params: $seq INTEGER, $at VARCHAR, $author VARCHAR, $command VARCHAR, $tool_version VARCHAR,
--         $exit_code INTEGER, $files VARCHAR, $tables_before VARCHAR, $tables_after VARCHAR,
--         $prev_hash VARCHAR, $hash VARCHAR
INSERT INTO custody_log (seq, logged_at, author, command, tool_version, exit_code, files, tables_before, tables_after, prev_hash, hash)
VALUES ($seq, $at, $author, $command, $tool_version, $exit_code, $files, $tables_before, $tables_after, $prev_hash, $hash);
