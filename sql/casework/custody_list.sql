-- The custody log, oldest entry first.
-- params: none
-- columns: seq, at, author, command, tool_version, exit_code, files, tables_before, tables_after, prev_hash, hash
SELECT seq, logged_at AS at, author, command, tool_version, exit_code, files, tables_before, tables_after, prev_hash, hash
FROM custody_log ORDER BY seq;
