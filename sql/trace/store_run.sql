-- One trace run: what was asked, on which sources, with which tool, when, and its totals (JSON).
-- params: $run_id, $method, $direction, $options, $seeds, $sources, $totals, $tool_version VARCHAR; $started_at, $finished_at TIMESTAMP
INSERT INTO trace_runs (run_id, method, direction, options, seeds, sources, totals, tool_version, started_at, finished_at)
VALUES ($run_id, $method, $direction, $options, $seeds, $sources, $totals, $tool_version,
        CAST($started_at AS TIMESTAMP), CAST($finished_at AS TIMESTAMP));
