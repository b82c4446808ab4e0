-- How many trajectories the run stored.
-- params: $run_id VARCHAR
-- columns: n
SELECT CAST(count(*) AS DOUBLE) AS n FROM trace_trajectories WHERE run_id = $run_id;
