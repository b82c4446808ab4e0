-- The run's largest trajectories (seed → ... → where the money stopped), by rank.
-- params: $run_id VARCHAR, $limit INTEGER
-- columns: rank, seed_tx, tx_path, end_account, end_kind, amount, duration_s
SELECT rank, seed_tx, tx_path, end_account, end_kind, amount, duration_s
FROM trace_trajectories WHERE run_id = $run_id
ORDER BY rank, seed_tx LIMIT $limit;
