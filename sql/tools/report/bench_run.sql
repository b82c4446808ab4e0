-- Benchmark only: the synthetic run's row.
-- params: $run_id VARCHAR
INSERT INTO trace_runs (run_id, method, direction, options, seeds, sources, totals, tool_version, started_at, finished_at)
SELECT $run_id, 'fifo', 'forward', '{"max_hops":6}', '{"tx_ids":[]}', '[]',
       json_object('seeded', sum(tainted), 'retained', 0, 'exited', 0, 'beyond_horizon', 0, 'below_threshold', 0, 'fees', 0, 'unexplained_out', 0),
       'bench', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:01'
FROM trace_transfers WHERE run_id = $run_id AND hop = 0;
