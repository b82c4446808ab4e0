-- The load_seq of every seed transfer (the allocation pass flags them itself).
-- columns: load_seq DOUBLE
SELECT load_seq::DOUBLE AS load_seq FROM trace_seed_pos WHERE load_seq IS NOT NULL ORDER BY 1;
