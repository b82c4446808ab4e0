-- The user's most recent trace run (the report's default): runs stored by `trace` before runs
-- stored by `compare` (made_by), then latest finish; between runs finished in the same
-- instant (a fixed clock), the one stored last.
-- params: none
-- columns: run_id, made_by
SELECT run_id, made_by FROM trace_runs ORDER BY (made_by = 'compare'), finished_at DESC, rowid DESC LIMIT 1;
