-- The runs a user stored with `flowtrace trace` (made_by = 'trace'), with their times: compare
-- may store the same run again (same id), and that run stays the user's, with its own times.
-- params: none
-- columns: run_id, started_at, finished_at (ISO text, microseconds kept)
SELECT run_id, CAST(started_at AS VARCHAR) AS started_at, CAST(finished_at AS VARCHAR) AS finished_at
FROM trace_runs WHERE made_by = 'trace' ORDER BY run_id;
