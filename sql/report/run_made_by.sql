-- Which command stored a run: 'trace' or 'compare' (trace_runs.made_by).
-- params: $run_id VARCHAR
-- columns: made_by
SELECT made_by FROM trace_runs WHERE run_id = $run_id;
