-- Record that a command started changing the case; returns its log_id.
-- params: $command VARCHAR, $options VARCHAR (JSON), $tool_version VARCHAR, $now TIMESTAMP
INSERT INTO run_log (log_id, command, options, tool_version, started_at)
SELECT coalesce(max(log_id), 0) + 1, $command, $options, $tool_version, CAST($now AS TIMESTAMP) FROM run_log
RETURNING log_id;
