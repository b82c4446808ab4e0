-- The run's notes (known-balance corrections, origins, ...) counted by kind.
-- params: $run_id VARCHAR
-- columns: kind, count, amount
SELECT kind, CAST(count(*) AS DOUBLE) AS count, sum(amount) AS amount FROM trace_notes
WHERE run_id = $run_id GROUP BY kind ORDER BY kind;
