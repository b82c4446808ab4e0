-- Candidate runs for the method comparison: same seeds and direction as the given run (the
-- caller also compares the options apart from the method). Latest run per method.
-- params: $run_id VARCHAR
-- columns: run_id, method, options, totals
SELECT r.run_id, r.method, r.options, r.totals
FROM trace_runs r, (SELECT seeds, direction FROM trace_runs WHERE run_id = $run_id) me
WHERE r.seeds = me.seeds AND r.direction = me.direction
ORDER BY r.method, r.finished_at DESC, r.run_id DESC;
