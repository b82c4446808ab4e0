-- Accounts to export: all of the case, or (with a run id) every account a traced transfer
-- touched, with the run's per-account figures and the resolved entity, if any.
-- params: $run_id VARCHAR (NULL for the whole case)
-- columns: account_id, kind, holder_name, institution, country, opening_balance, entity_id,
--   entity_name, tainted_in, tainted_out, retained, exited, first_hop
SELECT a.account_id, a.kind, a.holder_name, a.institution, a.country,
       CAST(a.opening_balance AS VARCHAR) AS opening_balance, e.entity_id, e.entity_name,
       round(ta.tainted_in, 2) AS tainted_in, round(ta.tainted_out, 2) AS tainted_out,
       round(ta.retained, 2) AS retained, round(ta.exited, 2) AS exited, ta.first_hop
FROM account_records a
LEFT JOIN account_entities e ON e.account_id = a.account_id
LEFT JOIN trace_accounts ta ON ta.account_id = a.account_id AND ta.run_id = CAST($run_id AS VARCHAR)
WHERE CAST($run_id AS VARCHAR) IS NULL
   OR a.account_id IN (
        SELECT t.from_account FROM transfer_records t JOIN trace_transfers x ON x.tx_id = t.tx_id AND x.run_id = CAST($run_id AS VARCHAR)
        UNION
        SELECT t.to_account FROM transfer_records t JOIN trace_transfers x ON x.tx_id = t.tx_id AND x.run_id = CAST($run_id AS VARCHAR))
ORDER BY a.account_id;
