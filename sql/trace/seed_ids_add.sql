-- Add seed transfer ids for the current trace (duplicates collapse).
-- params: $ids VARCHAR[]
INSERT OR IGNORE INTO trace_seed_ids SELECT DISTINCT unnest($ids::VARCHAR[]);
