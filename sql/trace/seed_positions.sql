-- The pos of every seed transfer in trace_flows (the allocation pass flags them itself).
-- columns: pos INTEGER
SELECT f.pos FROM trace_flows f JOIN trace_seed_pos s USING (load_seq) ORDER BY 1;
