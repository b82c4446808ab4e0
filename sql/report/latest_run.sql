-- The most recent trace run (the report's default): latest finish, ties by run id.
-- params: none
-- columns: run_id
SELECT run_id FROM trace_runs ORDER BY finished_at DESC, started_at DESC, run_id DESC LIMIT 1;
