-- The whole allocation ledger of a run as (outflow, inflow, tainted) links, so the report can
-- follow each family's share of the money exactly (fifo, lifo: every tainted part comes from a
-- named inflow). Rows whose taint comes from a whole balance ('mix') carry no inflow; the
-- report then falls back to reachability. Ordered as the ledger was written.
-- params: $run_id VARCHAR
-- columns: out_tx, in_tx, origin, tainted
SELECT out_tx, in_tx, origin, tainted FROM trace_ledger
WHERE run_id = $run_id AND tainted > 0
ORDER BY seq NULLS LAST, out_tx, in_tx NULLS LAST;
