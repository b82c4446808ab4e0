-- Resolved entities (flowtrace entities) of the run's accounts, where one joins two or more
-- accounts: the network groups an entity's accounts ("this collector's three wallets").
-- params: $run_id VARCHAR
-- columns: account_id, entity_id, entity_name
SELECT e.account_id, e.entity_id, e.entity_name
FROM account_entities e
WHERE e.accounts > 1 AND e.account_id IN (
  SELECT account_id FROM trace_accounts WHERE run_id = $run_id
  UNION SELECT t.from_account FROM trace_transfers x JOIN transfer_records t USING (tx_id) WHERE x.run_id = $run_id AND x.hop = 0
)
ORDER BY e.account_id;
