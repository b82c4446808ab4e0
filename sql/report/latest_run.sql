-- The most recent trace run (the report's default): latest finish; between runs finished
-- in the same instant (a fixed clock), the one stored last.
-- params: none
-- columns: run_id
SELECT run_id FROM trace_runs ORDER BY finished_at DESC, rowid DESC LIMIT 1;
