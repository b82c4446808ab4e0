-- How many rows trace_flows holds (an upper bound that sizes the reader's arrays once).
-- columns: n
SELECT count(*)::BIGINT AS n FROM trace_flows;
