-- Every account that received taint in the run, plus the payers of its seed transfers (hop 0
-- senders, who only send), with what the case knows about them. Payers' tainted_out is what
-- they paid. Ordered by tainted_in, then id, so the report is the same every run.
-- params: $run_id VARCHAR
-- columns: account_id, kind, holder_name, institution, country, tainted_in, tainted_out,
--          retained, exited, unexplained_out, first_hop, first_seen, last_seen
WITH payers AS (
  SELECT t.from_account AS account_id, sum(x.tainted) AS paid,
         min(t.ts) AS first_seen, max(t.ts) AS last_seen
  FROM trace_transfers x JOIN transfer_records t USING (tx_id)
  WHERE x.run_id = $run_id AND x.hop = 0
  GROUP BY t.from_account
), traced AS (
  SELECT account_id, tainted_in, tainted_out, retained, exited, unexplained_out, first_hop, first_seen, last_seen
  FROM trace_accounts WHERE run_id = $run_id
), merged AS (
  SELECT coalesce(tr.account_id, p.account_id) AS account_id,
         coalesce(tr.tainted_in, 0) AS tainted_in,
         CASE WHEN tr.account_id IS NULL THEN p.paid ELSE tr.tainted_out END AS tainted_out,
         coalesce(tr.retained, 0) AS retained, coalesce(tr.exited, 0) AS exited,
         coalesce(tr.unexplained_out, 0) AS unexplained_out, tr.first_hop,
         coalesce(tr.first_seen, p.first_seen) AS first_seen, coalesce(tr.last_seen, p.last_seen) AS last_seen
  FROM traced tr FULL OUTER JOIN payers p USING (account_id)
)
SELECT m.account_id, coalesce(a.kind, 'other') AS kind, a.holder_name, a.institution, a.country,
       m.tainted_in, m.tainted_out, m.retained, m.exited, m.unexplained_out, m.first_hop,
       strftime(m.first_seen, '%Y-%m-%dT%H:%M:%SZ') AS first_seen,
       strftime(m.last_seen, '%Y-%m-%dT%H:%M:%SZ') AS last_seen
FROM merged m LEFT JOIN account_records a USING (account_id)
ORDER BY m.tainted_in DESC, m.account_id;
