-- The most recent trace run of a case made before trace_runs had made_by, opened read-only
-- (so its schema was not upgraded): latest finish, then the one stored last.
-- params: none
-- columns: run_id, made_by
SELECT run_id, 'trace' AS made_by FROM trace_runs ORDER BY finished_at DESC, rowid DESC LIMIT 1;
