-- One trace run with its JSON options, seeds and totals, times as ISO 8601 UTC.
-- params: $run_id VARCHAR
-- columns: run_id, method, direction, options, seeds, totals, tool_version, started_at, finished_at
SELECT run_id, method, direction, options, seeds, totals, tool_version,
       strftime(started_at, '%Y-%m-%dT%H:%M:%SZ') AS started_at,
       strftime(finished_at, '%Y-%m-%dT%H:%M:%SZ') AS finished_at
FROM trace_runs WHERE run_id = $run_id;
