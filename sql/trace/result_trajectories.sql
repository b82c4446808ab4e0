-- A stored run's trajectories, by rank (largest amount first; remainder rows last).
-- params: $run_id VARCHAR
-- columns: rank, seed_tx, tx_path, end_account, end_kind, amount, duration_s
SELECT rank, seed_tx, tx_path, end_account, end_kind, amount, duration_s
FROM trace_trajectories WHERE run_id = $run_id ORDER BY rank;
