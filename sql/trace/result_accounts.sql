-- A stored run's accounts, largest tainted inflow first (ties by id, for stable output).
-- params: $run_id VARCHAR, $limit BIGINT (NULL = all)
-- columns: account, kind, tainted_in, tainted_out, retained, unexplained_out, exited, first_hop, first_seen, last_seen
WITH top AS (  -- the run's rows first, cut to $limit before the join to account ids
  SELECT * FROM trace_accounts WHERE run_id = $run_id ORDER BY tainted_in DESC, account_id LIMIT $limit
)
SELECT r.account_id AS account, a.kind, r.tainted_in, r.tainted_out, r.retained, r.unexplained_out, r.exited, r.first_hop,
       strftime(r.first_seen, '%Y-%m-%dT%H:%M:%SZ') AS first_seen, strftime(r.last_seen, '%Y-%m-%dT%H:%M:%SZ') AS last_seen
FROM top r JOIN account_records a USING (account_id)
ORDER BY r.tainted_in DESC, r.account_id;
