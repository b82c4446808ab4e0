-- A stored run's notes (backward origins, stated-balance corrections), largest first.
-- params: $run_id VARCHAR
-- columns: kind, account_id, tx_id, amount, detail
SELECT kind, account_id, tx_id, amount, detail FROM trace_notes WHERE run_id = $run_id
ORDER BY kind, amount DESC, account_id, tx_id;
