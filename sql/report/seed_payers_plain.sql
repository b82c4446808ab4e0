-- seed_payers for a case without statement or entity tables (made by an older version).
-- params: $run_id VARCHAR
-- columns: tx_id, payer, holder_name, entity_id, victim, phones (JSON list)
SELECT x.tx_id, t.from_account AS payer, a.holder_name, CAST(NULL AS VARCHAR) AS entity_id,
       CAST(NULL AS VARCHAR) AS victim, '[]' AS phones
FROM trace_transfers x JOIN transfer_records t USING (tx_id)
LEFT JOIN account_records a ON a.account_id = t.from_account
WHERE x.run_id = $run_id AND x.hop = 0
ORDER BY x.tx_id;
