-- Which command stored a trace run: 'trace' (the user's own run) or 'compare' (one of the runs
-- `flowtrace compare` makes, one per rule). `report` defaults to the user's latest trace run,
-- never to a run compare made for its side-by-side table. Cases made before this column read
-- 'trace' for every run (the report falls back to the old rule on a read-only old case).
ALTER TABLE trace_runs ADD COLUMN IF NOT EXISTS made_by VARCHAR DEFAULT 'trace';
