-- Every stored trace run, newest first (ties by id).
-- columns: run_id, method, direction, options, seeds, totals, tool_version, started_at, finished_at
SELECT run_id, method, direction, options, seeds, totals, tool_version,
       strftime(started_at, '%Y-%m-%dT%H:%M:%SZ') AS started_at, strftime(finished_at, '%Y-%m-%dT%H:%M:%SZ') AS finished_at
FROM trace_runs ORDER BY finished_at DESC, run_id;
