-- Close a run-log entry with its summary.
-- params: $log_id INTEGER, $now TIMESTAMP, $summary VARCHAR (JSON)
UPDATE run_log SET finished_at = CAST($now AS TIMESTAMP), summary = $summary WHERE log_id = $log_id;
